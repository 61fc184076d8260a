package org.safeguarding.review.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguarding.review.Text;
import org.safeguarding.review.report.IssueCategory;
import org.safeguarding.review.report.IssueCode;
import org.safeguarding.review.report.Severity;

/**
 * The kinds of personal data that must not appear in a published learning document, each with a
 * stable issue code and a detector tuned to miss the numbers reviews do contain (statute numbers,
 * ages, years, review references).
 */
public enum PersonalDataKind {
  /** A ten-digit NHS number whose modulus-11 check digit is right; ten digits that fail it are not flagged. */
  NHS_NUMBER("privacy.nhsNumber", "an NHS number") {
    @Override
    boolean foundIn(Text text) {
      if (text.digits() < 10) {
        return false;
      }
      Matcher matcher = NHS.matcher(text.value());
      while (matcher.find()) {
        if (hasValidCheckDigit(matcher.group().replaceAll("[ -]", ""))) {
          return true;
        }
      }
      return false;
    }
  },
  /** A National Insurance number: two letters, six digits and a letter from A to D. */
  NATIONAL_INSURANCE_NUMBER("privacy.nationalInsuranceNumber", "a National Insurance number") {
    @Override
    boolean foundIn(Text text) {
      if (text.digits() < 6) {
        return false;
      }
      Matcher matcher = NINO.matcher(text.value());
      while (matcher.find()) {
        String prefix = matcher.group(1);
        if (!NINO_NEVER_ISSUED.contains(prefix)) {
          return true;
        }
      }
      return false;
    }
  },
  /**
   * A full UK postcode in any case, such as CO4 3SQ, sw1a 1aa or Co4 3sq. A lower-case inward code
   * that reads as an ordinal ("s47 2nd", "y6 1st") is not taken for one.
   */
  POSTCODE("privacy.postcode", "a postcode") {
    @Override
    boolean foundIn(Text text) {
      boolean mayHold =
          text.digits() >= 2 && text.hasLetterBeforeDigit()
              || text.digits() >= 1 && GIR.matcher(text.value()).find();
      if (!mayHold) {
        return false;
      }
      Matcher matcher = POSTCODE_PATTERN.matcher(text.value());
      while (matcher.find()) {
        if (!isOrdinal(matcher.group(1))) {
          return true;
        }
      }
      return false;
    }
  },
  /** A UK telephone number: 0 or +44 followed by nine or ten digits. */
  PHONE_NUMBER("privacy.phoneNumber", "a telephone number") {
    @Override
    boolean foundIn(Text text) {
      return text.digits() >= 10 && PHONE.matcher(text.value()).find();
    }
  },
  /** An email address. */
  EMAIL_ADDRESS("privacy.emailAddress", "an email address") {
    @Override
    boolean foundIn(Text text) {
      return text.value().indexOf('@') >= 0 && EMAIL.matcher(text.value()).find();
    }
  },
  /** A full date next to words that make it a date of birth: born, DOB, date of birth. */
  DATE_OF_BIRTH("privacy.dateOfBirth", "an exact date of birth") {
    @Override
    boolean foundIn(Text text) {
      if (text.digits() < 4 || !mentionsBirth(text.value())) {
        return false;
      }
      return BIRTH_BEFORE_DATE.matcher(text.value()).find()
          || DATE_BEFORE_BIRTH.matcher(text.value()).find();
    }
  };

  private static final Pattern NHS = Pattern.compile("(?<![\\d/-])(?<!\\d\\.)\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\d/-]|\\.\\d)");
  private static final Pattern NINO =
      Pattern.compile("(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![A-Za-z0-9])");
  private static final Set<String> NINO_NEVER_ISSUED = Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");
  private static final Pattern GIR = Pattern.compile("gir", Pattern.CASE_INSENSITIVE);
  /** Group 1 is the inward code of a postcode other than GIR 0AA. Every quantifier is bounded. */
  private static final Pattern POSTCODE_PATTERN =
      Pattern.compile(
          "(?<![A-Za-z0-9])(?:GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?([0-9][ABD-HJLNP-UW-Z]{2}))(?![A-Za-z0-9])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+44[ -]?(?:\\(0\\)[ -]?)?|\\(?0)\\d(?:\\)?[ -]?\\d){8,9}(?!\\d)");
  /** Starts only where a word starts, and never backtracks, so that it runs in linear time. */
  private static final Pattern EMAIL =
      Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)*+(?<=\\.[A-Za-z]{2,63})");
  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String FULL_DATE =
      "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
          + "|\\d{4}-\\d{2}-\\d{2}"
          + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4}"
          + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";
  private static final String BIRTH_WORDS = "(?:born|d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s*date|birthday)";
  private static final Pattern BIRTH_BEFORE_DATE =
      Pattern.compile("\\b" + BIRTH_WORDS + "\\W{0,3}(?:\\s*(?:on|was|is|:))?\\s*(?:the\\s+)?" + FULL_DATE + "(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_BEFORE_BIRTH =
      Pattern.compile("(?<!\\d)" + FULL_DATE + "\\s*\\(\\s*" + BIRTH_WORDS + "\\s*\\)", Pattern.CASE_INSENSITIVE);

  private final IssueCode code;
  private final String description;

  PersonalDataKind(String code, String description) {
    this.code = IssueCode.of(code, IssueCategory.PRIVACY, Severity.ERROR, "free text may hold " + description);
    this.description = description;
  }

  /** {@return the code of the issue a hit gets} */
  public IssueCode getCode() {
    return code;
  }

  /** {@return the kind in words, such as "an NHS number"} */
  public String getDescription() {
    return description;
  }

  /**
   * Whether {@code text} may hold personal data of any kind: what the privacy scan would report,
   * for a tool that must not repeat such a text, such as a count of agency names.
   *
   * @param text the text to look at
   * @return whether any kind of personal data is found in it
   */
  public static boolean anyFoundIn(String text) {
    Text measured = Text.of(text);
    for (PersonalDataKind kind : values()) {
      if (kind.foundIn(measured)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds data of this kind. */
  boolean foundIn(String text) {
    return foundIn(Text.of(text));
  }

  /** Whether {@code text}, measured once for every kind, holds data of this kind. */
  abstract boolean foundIn(Text text);

  /**
   * A text with what one pass over it tells: how many ASCII digits it holds (every kind but email
   * addresses needs several, and most texts have few) and whether a letter, of either case, stands
   * right before a digit (every postcode but GIR 0AA has two digits and such a pair). Checking these
   * first spares most texts the patterns.
   */
  record Text(String value, int digits, boolean hasLetterBeforeDigit) {

    static Text of(String value) {
      int digits = 0;
      boolean letterBeforeDigit = false;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
          letterBeforeDigit |= i > 0 && isAsciiLetter(value.charAt(i - 1));
        }
      }
      return new Text(value, digits, letterBeforeDigit);
    }

    private static boolean isAsciiLetter(char c) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
  }

  /**
   * Whether a postcode's inward code, as written, is an English ordinal in lower case ("2nd",
   * "4th"): then the match is a number and its ordinal, such as "s47 2nd", not a postcode.
   */
  private static boolean isOrdinal(String inward) {
    if (inward == null || !inward.equals(inward.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String suffix = switch (inward.charAt(0)) {
      case '1' -> "st";
      case '2' -> "nd";
      case '3' -> "rd";
      default -> "th";
    };
    return inward.endsWith(suffix);
  }

  /** A date of birth needs one of the words about birth, which a cheap search finds first. */
  private static boolean mentionsBirth(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("born") || lower.contains("birth") || lower.contains("dob") || lower.contains("d.o.b");
  }

  /** The NHS number modulus-11 check: weights 10 to 2 on the first nine digits. */
  static boolean hasValidCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }
}
