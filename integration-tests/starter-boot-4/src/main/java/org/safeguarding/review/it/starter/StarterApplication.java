package org.safeguarding.review.it.starter;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.safeguarding.review.LearningSummary;
import org.safeguarding.review.examples.ExampleDocuments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring MVC application as a user writes one, with srm-spring-boot-starter added and nothing
 * configured in code: its controller takes and returns the model's documents as they are.
 */
@SpringBootApplication
public class StarterApplication {

  public static void main(String[] args) {
    SpringApplication.run(StarterApplication.class, args);
  }

  /** Learning summaries, kept in memory: the Essex example to begin with. */
  @RestController
  static class Summaries {

    private final Map<String, LearningSummary> summaries = new ConcurrentHashMap<>();

    Summaries() {
      LearningSummary essex = (LearningSummary) ExampleDocuments.read(ExampleDocuments.ESSEX_LEARNING_SUMMARY);
      summaries.put(essex.getId(), essex);
    }

    /** One summary, written by the starter's converter. */
    @GetMapping("/summaries/{id}")
    ResponseEntity<LearningSummary> one(@PathVariable("id") String id) {
      LearningSummary summary = summaries.get(id);
      return summary == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(summary);
    }

    /** Every summary in a list, written by Spring's own JSON support. */
    @GetMapping("/summaries")
    List<LearningSummary> all() {
      return List.copyOf(summaries.values());
    }

    /** A summary inside an object of the application's, written by Spring's own JSON support. */
    @GetMapping("/summaries/{id}/wrapped")
    Map<String, Object> wrapped(@PathVariable("id") String id) {
      return Map.of("summary", summaries.get(id));
    }

    /** A new summary, read (and validated) by the starter's converter. */
    @PostMapping("/summaries")
    ResponseEntity<LearningSummary> add(@RequestBody LearningSummary summary) {
      summaries.put(summary.getId(), summary);
      return ResponseEntity.created(URI.create("/summaries/" + summary.getId())).body(summary);
    }
  }
}
