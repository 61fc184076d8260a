package org.safeguarding.review.timescale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled list of England and Wales bank holidays, as gov.uk publishes it, with its source,
 * the date it was taken and the one-off changes that no standing rule gives.
 *
 * @param source where the list comes from
 * @param taken when it was taken
 * @param holidays every bank holiday in the list
 * @param oneOffChanges the one-off changes: each date added, and the date it replaces if any
 */
record BankHolidayData(String source, LocalDate taken, List<LocalDate> holidays, List<OneOffChange> oneOffChanges) {

  /** A bank holiday made by proclamation, and the standing holiday it replaces, if any. */
  record OneOffChange(LocalDate date, Optional<LocalDate> replaces, String reason) {}

  private static final String RESOURCE = "england-and-wales-bank-holidays.json";

  /** The list shipped with the library. */
  static BankHolidayData bundled() {
    try (InputStream in = BankHolidayData.class.getResourceAsStream(RESOURCE)) {
      JsonNode root = JsonMapper.shared().readTree(in);
      return new BankHolidayData(
          root.path("source").asString(),
          LocalDate.parse(root.path("taken").asString()),
          root.path("events").valueStream().map(e -> LocalDate.parse(e.path("date").asString())).toList(),
          root.path("oneOffChanges").valueStream()
              .map(c -> new OneOffChange(
                  LocalDate.parse(c.path("date").asString()),
                  c.has("replaces") ? Optional.of(LocalDate.parse(c.path("replaces").asString())) : Optional.empty(),
                  c.path("reason").asString()))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first and last years the list covers. */
  int firstYear() {
    return holidays.get(0).getYear();
  }

  int lastYear() {
    return holidays.get(holidays.size() - 1).getYear();
  }
}
