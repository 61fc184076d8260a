package org.safeguarding.review.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Pointer;
import org.safeguarding.review.report.ValidationIssue;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON tree for what the parser does not: arrays longer than the limit, nesting deeper
 * than the limit in a tree made elsewhere, and text with an unpaired surrogate, which is not
 * Unicode and which no UTF-8 writer can carry. The walk keeps its own stack, so that no tree is
 * deep enough to overflow the thread's.
 */
final class TreeCheck {

  private record Place(JsonNode node, Pointer pointer, int depth) {}

  private TreeCheck() {}

  static List<ValidationIssue> check(JsonNode root, ReadLimits limits) {
    List<ValidationIssue> issues = new ArrayList<>();
    Deque<Place> places = new ArrayDeque<>();
    places.push(new Place(root, Pointer.root(), 1));
    while (!places.isEmpty()) {
      Place place = places.pop();
      JsonNode node = place.node();
      if (node.isContainer() && place.depth() > limits.maxNestingDepth()) {
        issues.add(LimitIssues.limit(place.pointer(), "objects and arrays are nested deeper than maxNestingDepth, " + limits.maxNestingDepth()));
        continue;
      }
      if (node.isArray()) {
        if (node.size() > limits.maxArrayLength()) {
          issues.add(LimitIssues.limit(place.pointer(), "the array has more items than maxArrayLength, " + limits.maxArrayLength()));
          continue;
        }
        for (int i = node.size() - 1; i >= 0; i--) {
          places.push(new Place(node.get(i), place.pointer().index(i), place.depth() + 1));
        }
      } else if (node.isObject()) {
        // Issues are put in document order later, so properties may be visited in any order.
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          Pointer pointer = place.pointer().property(property.getKey());
          if (hasUnpairedSurrogate(property.getKey())) {
            issues.add(unpaired(pointer, "the property's name"));
          } else {
            places.push(new Place(property.getValue(), pointer, place.depth() + 1));
          }
        }
      } else if (node.isString() && hasUnpairedSurrogate(node.stringValue())) {
        issues.add(unpaired(place.pointer(), "the text"));
      }
    }
    return issues;
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
