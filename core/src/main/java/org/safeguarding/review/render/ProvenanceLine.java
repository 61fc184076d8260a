package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguarding.review.Completeness;
import org.safeguarding.review.Provenance;

/**
 * Where a document's text comes from and how complete it is, in the tool's words, on one line:
 * its address, the copy used and when it was retrieved, who published it, its running reference,
 * whether it is illustrative and what it was built from, the encoder's note, how closely it keeps
 * the published words and where its title comes from, and its completeness.
 */
final class ProvenanceLine {

  /** The label that starts the line. */
  static final String LABEL = "Provenance";

  private ProvenanceLine() {}

  /** The line, as inline Markdown, or empty when the document says nothing of its provenance. */
  static Optional<String> of(Optional<Provenance> provenance) {
    return provenance.map(ProvenanceLine::line).filter(line -> !line.isEmpty())
        .map(line -> MarkdownText.strong(LABEL) + " (added by srm): " + line);
  }

  private static String line(Provenance provenance) {
    List<String> sentences = new ArrayList<>();
    provenance.getLink().ifPresent(link -> sentences.add("Published at " + MarkdownText.link(link) + "."));
    provenance.getPublishedBy().ifPresent(by -> sentences.add("Published by " + Words.organisation(by) + "."));
    if (provenance.getCopyLink().isPresent()) {
      sentences.add("Text from a copy at " + MarkdownText.link(provenance.getCopyLink().get())
          + provenance.getRetrieved().map(date -> ", retrieved " + Words.date(date)).orElse("") + ".");
    } else {
      provenance.getRetrieved().ifPresent(date -> sentences.add("Retrieved " + Words.date(date) + "."));
    }
    provenance.getDocumentReference().ifPresent(reference -> sentences.add("Document reference: " + Words.text(reference) + "."));
    provenance.getIllustrative().ifPresent(illustrative -> sentences.add(illustrative ? "Marked illustrative." : "Marked not illustrative."));
    if (!provenance.getBasedOn().isEmpty()) {
      sentences.add("Based on " + provenance.getBasedOn().stream().map(MarkdownText::link).collect(Collectors.joining(", ")) + ".");
    }
    provenance.getNote().ifPresent(note -> sentences.add(Words.text(note)));
    provenance.getWording().ifPresent(wording -> sentences.add("Wording: " + Words.lowerLabel(wording) + "."));
    provenance.getTitleFrom().ifPresent(from -> sentences.add("Title from: " + Words.lowerLabel(from) + "."));
    provenance.getInferred().forEach(fact -> sentences.add(Words.label(fact.getField()) + " from: " + Words.lowerLabel(fact.getTakenFrom()) + "."));
    provenance.getCompleteness().ifPresent(completeness -> sentences.add(completeness(completeness)));
    return String.join(" ", sentences);
  }

  private static String completeness(Completeness completeness) {
    StringBuilder words = new StringBuilder("Completeness: ").append(Words.label(completeness.getStatus()));
    completeness.getNote().ifPresent(note -> words.append(" — ").append(Words.text(note)));
    if (completeness.getEndsMidway().orElse(false)) {
      words.append(words.toString().matches(".*[.?!]$") ? " " : ". ").append("The text ends part-way through.");
    } else if (!words.toString().matches(".*[.?!]$")) {
      words.append('.');
    }
    return words.toString();
  }
}
