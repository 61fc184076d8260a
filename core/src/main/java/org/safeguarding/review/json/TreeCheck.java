package org.safeguarding.review.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.pointer.Pointer;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON tree for what the parser does not: arrays longer than the limit, nesting deeper
 * than the limit in a tree made elsewhere, and text with an unpaired surrogate, which is not
 * Unicode and which no UTF-8 writer can carry. The walk keeps its own stack, so that no tree is
 * deep enough to overflow the thread's.
 */
final class TreeCheck {

  /**
   * An object or array to visit, with where it sits: its parent and its name or index there, from
   * which its pointer is made only if it has a problem.
   */
  private record Place(JsonNode node, Place parent, String name, int index, int depth) {

    /** The pointer, built from the root down without recursion, as trees may be very deep. */
    Pointer pointer() {
      Deque<Place> path = new ArrayDeque<>();
      for (Place place = this; place.parent != null; place = place.parent) {
        path.push(place);
      }
      Pointer pointer = Pointer.root();
      for (Place step : path) {
        pointer = step.name != null ? pointer.property(step.name) : pointer.index(step.index);
      }
      return pointer;
    }
  }

  private TreeCheck() {}

  static List<ValidationIssue> check(JsonNode root, ReadLimits limits) {
    List<ValidationIssue> issues = new ArrayList<>();
    Deque<Place> places = new ArrayDeque<>();
    places.push(new Place(root, null, null, -1, 1));
    while (!places.isEmpty()) {
      Place place = places.pop();
      JsonNode node = place.node();
      if (place.depth() > limits.get(ReadLimit.NESTING_DEPTH)) {
        issues.add(LimitIssues.broken(ReadLimit.NESTING_DEPTH, place.pointer(), limits));
      } else if (node.isArray()) {
        if (node.size() > limits.get(ReadLimit.ARRAY_LENGTH)) {
          issues.add(LimitIssues.broken(ReadLimit.ARRAY_LENGTH, place.pointer(), limits));
          continue;
        }
        for (int i = 0; i < node.size(); i++) {
          child(node.get(i), place, null, i, places, issues);
        }
      } else {
        // Issues are put in document order later, so properties may be visited in any order.
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          if (hasUnpairedSurrogate(property.getKey())) {
            issues.add(unpaired(place.pointer().property(property.getKey()), "the property's name"));
          } else {
            child(property.getValue(), place, property.getKey(), -1, places, issues);
          }
        }
      }
    }
    return issues;
  }

  /** Queues a container to visit, and checks a text at once; other values need no check. */
  private static void child(JsonNode node, Place parent, String name, int index, Deque<Place> places, List<ValidationIssue> issues) {
    if (node.isContainer()) {
      places.push(new Place(node, parent, name, index, parent.depth() + 1));
    } else if (node.isString() && hasUnpairedSurrogate(node.stringValue())) {
      Pointer pointer = name != null ? parent.pointer().property(name) : parent.pointer().index(index);
      issues.add(unpaired(pointer, "the text"));
    }
  }

  private static ValidationIssue unpaired(Pointer pointer, String what) {
    return ValidationIssue.of(
        IssueCode.JSON_MALFORMED, pointer, what + " holds an unpaired surrogate (an escape such as \\ud800 without its pair), which is not Unicode text");
  }

  static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
