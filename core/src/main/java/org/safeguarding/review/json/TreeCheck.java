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
 * deep enough to overflow the thread's, and holds only the path from the root to where it is, so
 * that a wide array costs no memory of its own.
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

  /**
   * A container being visited: its texts were checked when it was entered, and its containers are
   * entered one by one, last first, as a stack of every container would pop them; only the path
   * from the root is held, not every container of a wide array.
   */
  private static final class Visit {
    private final Place place;
    /** An object's properties whose values are containers, in order; an array's are its items. */
    private final List<Map.Entry<String, JsonNode>> containers;
    private int next;

    Visit(Place place, List<ValidationIssue> issues) {
      this.place = place;
      JsonNode node = place.node();
      if (node.isArray()) {
        containers = List.of();
        next = node.size() - 1;
        for (int i = 0; i < node.size(); i++) {
          text(node.get(i), place, null, i, issues);
        }
      } else {
        containers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          if (hasUnpairedSurrogate(property.getKey())) {
            issues.add(unpaired(place.pointer().property(property.getKey()), "the property's name"));
          } else if (property.getValue().isContainer()) {
            containers.add(property);
          } else {
            text(property.getValue(), place, property.getKey(), -1, issues);
          }
        }
        next = containers.size() - 1;
      }
    }

    /** The next container to enter, last first; null when every one was. */
    Place nextContainer() {
      JsonNode node = place.node();
      if (node.isArray()) {
        while (next >= 0 && !node.get(next).isContainer()) {
          next--;
        }
        return next < 0 ? null : new Place(node.get(next), place, null, next--, place.depth() + 1);
      }
      if (next < 0) {
        return null;
      }
      Map.Entry<String, JsonNode> property = containers.get(next--);
      return new Place(property.getValue(), place, property.getKey(), -1, place.depth() + 1);
    }
  }

  static List<ValidationIssue> check(JsonNode root, ReadLimits limits) {
    List<ValidationIssue> issues = new ArrayList<>();
    Deque<Visit> path = new ArrayDeque<>();
    enter(new Place(root, null, null, -1, 1), limits, path, issues);
    while (!path.isEmpty()) {
      Place next = path.peek().nextContainer();
      if (next == null) {
        path.pop();
      } else {
        enter(next, limits, path, issues);
      }
    }
    return issues;
  }

  /** Checks a container's depth and length and, if they are within the limits, enters it. */
  private static void enter(Place place, ReadLimits limits, Deque<Visit> path, List<ValidationIssue> issues) {
    if (place.depth() > limits.get(ReadLimit.NESTING_DEPTH)) {
      issues.add(LimitIssues.broken(ReadLimit.NESTING_DEPTH, place.pointer(), limits));
    } else if (place.node().isArray() && place.node().size() > limits.get(ReadLimit.ARRAY_LENGTH)) {
      issues.add(LimitIssues.broken(ReadLimit.ARRAY_LENGTH, place.pointer(), limits));
    } else {
      path.push(new Visit(place, issues));
    }
  }

  /** Checks a text at once; containers are entered later, and other values need no check. */
  private static void text(JsonNode node, Place parent, String name, int index, List<ValidationIssue> issues) {
    if (node.isString() && hasUnpairedSurrogate(node.stringValue())) {
      Pointer pointer = name != null ? parent.pointer().property(name) : parent.pointer().index(index);
      issues.add(unpaired(pointer, "the text"));
    }
  }

  static ValidationIssue unpaired(Pointer pointer, String what) {
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
