package org.safeguarding.review.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.safeguarding.review.json.ReviewJson;
import org.safeguarding.review.timescale.Deadline;
import org.safeguarding.review.timescale.Timescales;
import org.safeguarding.review.timescale.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** {@code srm deadlines}: the statutory schedule of a case, on England and Wales working days. */
@Command(
    name = "deadlines",
    mixinStandardHelpOptions = true,
    description = {
      // The first line is the command's summary in srm --help; each line is a paragraph, which
      // picocli wraps to the width of the help.
      "Print the schedule of due dates for a case, on England and Wales working days.",
      "The dates are those of the serious incident notification, the rapid review, and, given a decision"
          + " to undertake a local child safeguarding practice review, its publication and the final report."
          + " Each rule says whether it is confirmed from its source or assumed."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  srm deadlines --aware 2026-04-02 --notified 2026-04-02",
      "  srm deadlines --notified 2026-04-02 --decision 2026-04-30 --format json",
      "  srm deadlines --aware 2026-04-02 --anchor aware"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:printed", "2:a usage error, such as a date that does not exist"})
final class DeadlinesCommand implements Callable<Integer> {

  @Option(names = "--aware", paramLabel = "DATE", description = "When the local authority became aware of the incident (YYYY-MM-DD).")
  LocalDate aware;

  @Option(names = "--notified", paramLabel = "DATE", description = "When the serious incident notification was sent (YYYY-MM-DD).")
  LocalDate notified;

  @Option(names = "--decision", paramLabel = "DATE", description = "When the decision to undertake a local review was made (YYYY-MM-DD).")
  LocalDate decision;

  @Option(names = "--anchor", paramLabel = "FROM", defaultValue = "notified",
      description = "What the rapid review's 15 working days count from: notified or aware; default: ${DEFAULT-VALUE}.")
  Anchor anchor;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json; default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Spec CommandSpec spec;

  /** What the rapid review counts from, as the command line names it. */
  enum Anchor {
    notified(Timescales.RapidReviewAnchor.NOTIFICATION_SENT),
    aware(Timescales.RapidReviewAnchor.BECAME_AWARE);

    final Timescales.RapidReviewAnchor value;

    Anchor(Timescales.RapidReviewAnchor value) {
      this.value = value;
    }
  }

  @Override
  public Integer call() {
    if (aware == null && notified == null && decision == null) {
      throw new InputException("give at least one date: --aware, --notified or --decision");
    }
    Timescales timescales = Timescales.of(WorkingDayCalendar.englandAndWales(), anchor.value);
    List<Deadline> schedule = timescales.schedule(Optional.ofNullable(aware), Optional.ofNullable(notified), Optional.ofNullable(decision));
    PrintWriter out = spec.commandLine().getOut();
    if (format == ReportFormat.json) {
      ArrayNode json = JsonMapper.shared().createArrayNode();
      for (Deadline deadline : schedule) {
        json.addObject()
            .put("rule", deadline.rule().name())
            .put("warningCode", deadline.rule().getCode().text())
            .put("title", deadline.rule().getTitle())
            .put("due", deadline.due().toString())
            .put("from", deadline.from().toString())
            .put("deadline", deadline.rule().getDeadline())
            .put("source", deadline.rule().getSource())
            .put("status", deadline.rule().getConfirmation().name());
      }
      out.print(ReviewJson.strict().withPrettyPrinting().writeTree(json));
    } else {
      if (schedule.isEmpty()) {
        out.println("No deadline follows from the dates given; the rapid review counts from --" + anchor.name() + ".");
      }
      for (Deadline deadline : schedule) {
        out.printf("%s  %s: %s; counted from %s [%s]%n", deadline.due(), deadline.rule().getTitle(),
            deadline.rule().getDeadline(), deadline.from(), deadline.rule().getConfirmation().name().toLowerCase(Locale.ROOT));
        out.printf("            source: %s%n", deadline.rule().getSource());
      }
    }
    out.flush();
    return Srm.VALID;
  }
}
