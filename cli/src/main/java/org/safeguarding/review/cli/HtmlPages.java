package org.safeguarding.review.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * What srm's standalone HTML pages, a rendered document's and the statistics', share: British
 * English, and a head whose Content-Security-Policy allows no source at all but the page's own
 * stylesheet, named by its hash, so that the page loads nothing from anywhere.
 */
final class HtmlPages {

  private HtmlPages() {}

  /**
   * The policy of a page whose one stylesheet is {@code style}: every source is forbidden, scripts,
   * images, fonts, frames and forms included, but that stylesheet.
   */
  static String contentSecurityPolicy(String style) {
    return "default-src 'none'; style-src '" + sha256(style) + "'; base-uri 'none'; form-action 'none'";
  }

  /**
   * Writes the doctype, the opening {@code html} tag, the whole head (the character set, the
   * policy, the viewport, srm as the generator, the title and the stylesheet) and the opening
   * {@code body} tag. The caller writes the body's content and then {@link #end}.
   */
  static void start(HtmlWriter html, String title, String style) {
    html.raw("<!DOCTYPE html>");
    html.line();
    html.tag("html", attributes("lang", "en-GB"));
    html.line();
    html.tag("head");
    html.line();
    html.tag("meta", attributes("charset", "utf-8"), true);
    html.line();
    html.tag("meta", attributes("http-equiv", "Content-Security-Policy", "content", contentSecurityPolicy(style)), true);
    html.line();
    html.tag("meta", attributes("name", "viewport", "content", "width=device-width, initial-scale=1"), true);
    html.line();
    html.tag("meta", attributes("name", "generator", "content", "srm"), true);
    html.line();
    html.tag("title");
    html.text(title);
    html.tag("/title");
    html.line();
    html.tag("style");
    html.raw(style);
    html.tag("/style");
    html.line();
    html.tag("/head");
    html.line();
    html.tag("body");
    html.line();
  }

  /** Closes what {@link #start} opened. */
  static void end(HtmlWriter html) {
    html.tag("/body");
    html.line();
    html.tag("/html");
    html.line();
  }

  /** Attributes in the order given, as names and values. */
  static Map<String, String> attributes(String... namesAndValues) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      attributes.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return attributes;
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
