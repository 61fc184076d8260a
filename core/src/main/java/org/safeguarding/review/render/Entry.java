package org.safeguarding.review.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One part of a document described in the tool's words: what it is called (a pseudonym, a label, a
 * title) and its facts, each a field name and an escaped value, in the model's order.
 */
final class Entry {

  /** A field name and its value, as inline Markdown. */
  record Fact(String name, String value) {}

  private final String lead;
  private final List<Fact> facts = new ArrayList<>();

  private Entry(String lead) {
    this.lead = lead;
  }

  /** An entry called {@code lead} (inline Markdown, or empty). */
  static Entry of(String lead) {
    return new Entry(lead);
  }

  /** Adds a fact. */
  Entry add(String name, String value) {
    facts.add(new Fact(name, value));
    return this;
  }

  /** Adds a fact when the value is present. */
  <T> Entry add(String name, Optional<T> value, Function<T, String> words) {
    value.ifPresent(v -> add(name, words.apply(v)));
    return this;
  }

  /** Adds a fact when the list is not empty: its values in words, joined by commas. */
  <T> Entry addAll(String name, List<T> values, Function<T, String> words) {
    if (!values.isEmpty()) {
      add(name, values.stream().map(words).collect(Collectors.joining(", ")));
    }
    return this;
  }

  /** What the entry is called. */
  String lead() {
    return lead;
  }

  /** Its facts, in order. */
  List<Fact> facts() {
    return List.copyOf(facts);
  }

  /** The entry on one line: its name in strong emphasis, then "name: value; name: value". */
  String inline() {
    String joined = facts.stream().map(f -> f.name() + ": " + f.value()).collect(Collectors.joining("; "));
    if (lead.isEmpty()) {
      return joined;
    }
    return joined.isEmpty() ? MarkdownText.strong(lead) : MarkdownText.strong(lead) + " — " + joined;
  }
}
