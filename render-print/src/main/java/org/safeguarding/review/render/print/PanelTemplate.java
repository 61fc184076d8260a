package org.safeguarding.review.render.print;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A rapid review's form regrouped under the four headings of the Panel's template, as far as
 * public pages say what they are (docs/rapid-review-and-briefing-layouts.md, part 1b): the facts of
 * the case, immediate action, improvements, and next steps. Each part of the form keeps its heading,
 * one level down, and its order within its group. The form's own parts are told apart by their
 * headings; a part not named here is a fact of the case, so a part added to the form later is
 * printed there without a change here.
 */
final class PanelTemplate {

  /** The template's headings, in its order. */
  enum Group {
    FACTS("1. The facts of the case"),
    IMMEDIATE_ACTION("2. Immediate action to keep children safe"),
    IMPROVEMENTS("3. Improvements to safeguard and promote children's welfare"),
    NEXT_STEPS("4. Next steps, including whether to undertake a child safeguarding practice review");

    final String words;

    Group(String words) {
      this.words = words;
    }
  }

  /** The form's parts that are not facts of the case, by the heading the form gives them. */
  static final Map<String, Group> PARTS =
      Map.of(
          "Immediate actions", Group.IMMEDIATE_ACTION,
          "Findings", Group.IMPROVEMENTS,
          "Decision", Group.NEXT_STEPS,
          "Sign-off", Group.NEXT_STEPS,
          "Panel response", Group.NEXT_STEPS);

  private static final int DEEPEST_HEADING = 6;

  private PanelTemplate() {}

  /**
   * The form's blocks under the template's headings: what comes before the form's first part (its
   * identifiers) first, then each template heading that has parts, with them.
   */
  static List<Node> regroup(List<Node> form) {
    List<Node> lead = new ArrayList<>();
    Map<Group, List<Node>> groups = new EnumMap<>(Group.class);
    List<Node> current = lead;
    for (Node block : form) {
      if (block instanceof Heading heading) {
        if (heading.getLevel() == 2) {
          current = groups.computeIfAbsent(PARTS.getOrDefault(PrintPages.text(heading), Group.FACTS), g -> new ArrayList<>());
        }
        heading.setLevel(Math.min(heading.getLevel() + 1, DEEPEST_HEADING));
      }
      current.add(block);
    }
    List<Node> blocks = new ArrayList<>(lead);
    groups.forEach((group, parts) -> {
      Heading heading = new Heading();
      heading.setLevel(2);
      heading.appendChild(new Text(group.words));
      blocks.add(heading);
      blocks.addAll(parts);
    });
    return blocks;
  }
}
