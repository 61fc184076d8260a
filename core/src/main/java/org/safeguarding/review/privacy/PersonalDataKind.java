package org.safeguarding.review.privacy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  /**
   * A ten-digit NHS number whose modulus-11 check digit is right, written in any grouping with one
   * kind of separator (space, dash or dot); ten digits that fail the check are not flagged, nor
   * are ten digits labelled as a reference ("ref", "case number" and the like, without "NHS").
   */
  NHS_NUMBER("privacy.nhsNumber", "an NHS number") {
    @Override
    boolean foundIn(Text text) {
      if (text.digits() < 10) {
        return false;
      }
      Matcher matcher = NHS.matcher(text.value());
      while (matcher.find()) {
        String written = matcher.group();
        if (oneKindOfSeparator(written)
            && hasValidCheckDigit(written.replaceAll("[ .-]", ""))
            && !labelledAsReference(text.value(), matcher.start())) {
          return true;
        }
      }
      return false;
    }
  },
  /**
   * A National Insurance number in either case: two letters, six digits and a letter from A to D,
   * with or without spaces, dashes or dots between them.
   */
  NATIONAL_INSURANCE_NUMBER("privacy.nationalInsuranceNumber", "a National Insurance number") {
    @Override
    boolean foundIn(Text text) {
      if (text.digits() < 6) {
        return false;
      }
      Matcher matcher = NINO.matcher(text.value());
      while (matcher.find()) {
        String prefix = matcher.group(1).toUpperCase(Locale.ROOT);
        if (!NINO_NEVER_ISSUED.contains(prefix)) {
          return true;
        }
      }
      return false;
    }
  },
  /**
   * A full UK postcode in any case, such as CO4 3SQ, sw1a 1aa, Co4 3sq, CO4-3SQ or CO4.3SQ. A
   * lower-case inward code that reads as an ordinal ("s47 2nd", "y6 1st") is not taken for one.
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
  /**
   * A UK telephone number of a person: 0, +44, 0044 or (+44) and nine or ten digits, grouped with
   * one kind of separator (space, dash or dot) or in brackets, or written in words ("oh seven seven
   * double oh nine ...", ten or more digits in a row, each a word or a digit). Only geographic (01, 02), mobile and
   * personal (07) and other numbers (05) are flagged: organisations' non-geographic numbers (03,
   * such as a council's 0300, and 08 and 09, such as a helpline's 0808) identify no one.
   */
  PHONE_NUMBER("privacy.phoneNumber", "a telephone number", "an organisation's 03, 08 or 09 number is not flagged") {
    @Override
    boolean foundIn(Text text) {
      if (text.digits() >= 10 && hasPersonalPhoneNumber(text.value())) {
        return true;
      }
      if (!text.mayHoldDigitsInWords()) {
        return false;
      }
      Matcher words = DIGITS_IN_WORDS.matcher(text.value());
      while (words.find()) {
        String digits = digitsOf(words.group());
        if (digits.length() >= 10 && hasPersonalPhoneNumber(digits)) {
          return true;
        }
      }
      return false;
    }
  },
  /**
   * An email address of a person, also written in words, "name at example dot org" or with
   * "(at)" or "[at]". An organisation's address, whose name before the {@code @} is made only of
   * role words such as {@code info}, {@code safeguarding} or {@code enquiries}, is not flagged.
   */
  EMAIL_ADDRESS("privacy.emailAddress", "an email address",
      "an organisation's address whose name before the @ is made only of role words, such as safeguarding.team@, is not flagged") {
    @Override
    boolean foundIn(Text text) {
      String value = text.value();
      return value.indexOf('@') >= 0 && hasPersonalAddress(EMAIL, value)
          || text.mayHoldAddressInWords() && hasPersonalAddress(EMAIL_IN_WORDS, value);
    }
  },
  /**
   * A full date next to words that make it a date of birth: born, b., DOB, date of birth, birth,
   * birthday, and "delivered" after a word for a baby or child; a weekday may come before the date
   * and a year may be written '19.
   */
  DATE_OF_BIRTH("privacy.dateOfBirth", "an exact date of birth") {
    @Override
    boolean foundIn(Text text) {
      if (text.digits() < 3 || !mentionsBirth(text.value())) {
        return false;
      }
      return BIRTH_BEFORE_DATE.matcher(text.value()).find()
          || DATE_BEFORE_BIRTH.matcher(text.value()).find()
          || DELIVERED_ON_DATE.matcher(text.value()).find();
    }
  };

  private static final PersonalDataKind[] KINDS = values();
  /** Ten digits, a separator allowed between any two, not part of a longer run of digits. */
  private static final Pattern NHS = Pattern.compile("(?<![\\d/-])(?<!\\d[ .])\\d(?:[ .-]?\\d){9}(?![\\d/-]|[ .]\\d)");
  /** What ends a label of a reference ("ref", "case no.", "crime number:") right before a number. */
  private static final Pattern REFERENCE_LABEL =
      Pattern.compile(
          "(?:\\bref(?:erence)?\\b\\.?|\\b(?:case|crime|file|incident|referral|review|log)\\s+(?:no\\b\\.?|number|id))\\s*(?:no\\b\\.?|number)?\\s*[:#]?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NINO =
      Pattern.compile(
          "(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ .-]?\\d{2}[ .-]?\\d{2}[ .-]?\\d{2}[ .-]?[A-D](?![A-Za-z0-9])",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> NINO_NEVER_ISSUED = Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");
  private static final Pattern GIR = Pattern.compile("gir", Pattern.CASE_INSENSITIVE);
  /** Group 1 is the inward code of a postcode other than GIR 0AA. */
  private static final Pattern POSTCODE_PATTERN = postcode(" ?[.-]? ?");
  /** A postcode with a separator between its halves, as a code must have it to be taken for one. */
  private static final Pattern POSTCODE_SEPARATED = postcode("(?: [.-]? ?|[.-] ?)");
  /**
   * Group 1 is how the number starts (0, +44, 0044, (+44), each perhaps with (0)), group 2 the
   * nine or ten digits after it with their separators and brackets.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w+])(\\(?(?:\\+|00) ?44\\)?(?:[ .-]?\\(0\\))?|\\(?0)((?:[ .()-]{0,3}\\d){9,10})(?!\\d)");
  /** Group 1 is the name before the {@code @}. Starts only where a word starts, and never backtracks, so that it runs in linear time. */
  private static final Pattern EMAIL =
      Pattern.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]++)@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)*+(?<=\\.[A-Za-z]{2,63})");
  /** "at" as a word or in brackets, as addresses are written to hide them from harvesters. */
  private static final String AT_IN_WORDS = "(?:\\s*[(\\[{]\\s*at\\s*[)\\]}]\\s*|\\s++at\\s++|@)";
  /** "dot" as a word or in brackets. */
  private static final String DOT_IN_WORDS = "(?:\\s*[(\\[{]\\s*dot\\s*[)\\]}]\\s*|\\s++dot\\s++)";
  /**
   * An address written in words: a name, "at" (a word, or in brackets), a domain whose dots are
   * words or points, ending in a top-level domain; "at" alone with real dots is left out, as "the
   * team at example.org" is a place, not an address. Group 1 is the name.
   */
  static final Pattern EMAIL_IN_WORDS =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]++)"
              + "(?:" + AT_IN_WORDS + "[A-Za-z0-9-]++(?:(?:\\.|" + DOT_IN_WORDS + ")[A-Za-z0-9-]++){0,8}?" + DOT_IN_WORDS
              + "|\\s*[(\\[{]\\s*at\\s*[)\\]}]\\s*[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++){0,8}?\\.)"
              + "(?:org|com|net|uk|gov|nhs|ac|co|sch|info|io|me|biz|eu|scot|wales)\\b",
          Pattern.CASE_INSENSITIVE);
  /** The words for digits, each with the digit it stands for. */
  private static final Map<String, Character> DIGIT_WORDS =
      Map.ofEntries(
          Map.entry("zero", '0'), Map.entry("oh", '0'), Map.entry("nought", '0'), Map.entry("one", '1'), Map.entry("two", '2'),
          Map.entry("three", '3'), Map.entry("four", '4'), Map.entry("five", '5'), Map.entry("six", '6'), Map.entry("seven", '7'),
          Map.entry("eight", '8'), Map.entry("nine", '9'));
  private static final String[][] DIGIT_WORDS_BY_LENGTH = byLength(DIGIT_WORDS.keySet());
  /** A digit in words, or a digit (no word for a digit begins another, so their order is free). */
  private static final String DIGIT_WORD = "(?:" + String.join("|", DIGIT_WORDS.keySet()) + "|\\d)";
  /** Digits in words, in a row, each perhaps "double" or "triple": "oh seven seven double oh". */
  static final Pattern DIGITS_IN_WORDS =
      Pattern.compile(
          "\\b(?:(?:double|triple)[ -])?" + DIGIT_WORD + "(?:[ ,-]++(?:(?:double|triple)[ -])?" + DIGIT_WORD + "){5,}+\\b",
          Pattern.CASE_INSENSITIVE);

  /** The words an organisation's address is made of, such as info@, safeguarding@ or lado.duty@. */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "info", "information", "enquiries", "enquiry", "contact", "contactus", "hello", "help", "helpline", "admin",
          "office", "reception", "safeguarding", "safeguard", "children", "childrens", "child", "social", "care",
          "services", "service", "team", "partnership", "board", "lscp", "scp", "lsab", "mash", "lado", "duty", "referral", "frontdoor", "front", "door", "complaints", "feedback", "dpo", "foi", "dataprotection", "data",
          "protection", "press", "media", "communications", "comms", "news", "support", "noreply", "no", "reply", "postmaster",
          "webmaster", "hostmaster", "abuse", "security", "business", "unit", "general", "mailbox", "learning", "review", "cspr", "panel", "secretariat", "police", "health", "nhs", "school", "education", "early",
          "customer", "council", "gov", "public", "publications", "training", "family", "families", "hub", "edt",
          "emergency", "out", "of", "hours", "the", "and", "adult", "committee", "cp", "cpc", "apc", "scb", "lscb", "sab",
          "csp", "desk", "practice", "quality", "assurance", "qa", "governance", "multi", "agency", "partners", "professional",
          "request", "intake", "central", "corporate", "records", "access", "inbox", "mail", "email", "web", "website",
          "online", "digital", "officer", "manager", "coordinator", "administration", "hq", "group", "subgroup", "forum",
          "executive", "independent", "scrutiny", "chair", "development", "workforce", "policy", "policies", "procedures",
          "young", "people", "youth", "county", "city", "borough", "district", "authority", "local", "area", "region",
          "regional", "national", "wales", "scotland", "england", "ireland", "northern", "work", "worker", "cic", "lac", "cin",
          "fostering", "adoption", "virtual", "ehc", "sen", "send", "inclusion", "attendance", "welfare", "wellbeing",
          "mental", "domestic", "violence", "dv", "marac", "mappa", "prevent", "exploitation", "missing", "contextual");
  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String YEAR = "(?:\\d{4}|'\\d{2})";
  private static final String FULL_DATE =
      "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
          + "|\\d{4}-\\d{2}-\\d{2}"
          + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+" + YEAR
          + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+" + YEAR + ")";
  /** A weekday and "the" that may come before a date: "on Sunday the 3rd of March 2019". */
  private static final String WEEKDAY =
      "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?(?:the\\s+)?";
  private static final String BIRTH_WORDS = "(?:born|(?-i:b)\\.|d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s*date|birthday|birth)";
  private static final Pattern BIRTH_BEFORE_DATE =
      Pattern.compile(
          "\\b" + BIRTH_WORDS + "\\W{0,3}(?:\\s*(?:on|was|is|:))?\\s*(?:the\\s+)?" + WEEKDAY + FULL_DATE + "(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_BEFORE_BIRTH =
      Pattern.compile("(?<!\\d)" + FULL_DATE + "\\s*\\(\\s*" + BIRTH_WORDS + "\\s*\\)", Pattern.CASE_INSENSITIVE);
  /** "Delivered" is a birth only after a word for a baby or child: services deliver training too. */
  private static final Pattern DELIVERED_ON_DATE =
      Pattern.compile(
          "\\b(?:baby|infant|newborn|twins?|child|son|daughter)\\b[^.;]{0,40}?\\bdelivered\\W{0,3}(?:\\s*(?:on|at))?\\s*" + WEEKDAY + FULL_DATE + "(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private final IssueCode code;
  private final String description;
  private final Optional<String> notFlagged;

  PersonalDataKind(String code, String description) {
    this(code, description, null);
  }

  PersonalDataKind(String code, String description, String notFlagged) {
    this.code = IssueCode.of(code, IssueCategory.PRIVACY, Severity.ERROR, "free text may hold " + description);
    this.description = description;
    this.notFlagged = Optional.ofNullable(notFlagged);
  }

  /** {@return the code of the issue a hit gets} */
  public IssueCode getCode() {
    return code;
  }

  /** {@return the kind in words, such as "an NHS number"} */
  public String getDescription() {
    return description;
  }

  /** {@return what looks like this kind but is not flagged, in words, where a writer may need to know} */
  public Optional<String> getNotFlagged() {
    return notFlagged;
  }

  /**
   * Whether {@code text} may hold personal data of any kind: what the privacy scan would report,
   * for a tool that must not repeat such a text, such as a count of agency names. The text is read
   * as a reader sees it (see {@link #found(String)}).
   *
   * @param text the text to look at
   * @return whether any kind of personal data is found in it
   */
  public static boolean anyFoundIn(String text) {
    return !found(text).isEmpty();
  }

  /**
   * The kinds of personal data {@code text} may hold, read as a reader sees it: Unicode NFKC,
   * invisible characters (zero-width spaces, bidirectional controls and the like) dropped, every
   * kind of space as one space, every dash as {@code -}, digits of any script as ASCII digits, and,
   * when bidirectional controls may show the characters reversed, reversed too.
   *
   * @param text the text to look at
   * @return each kind found, in the order of this enumeration; empty when none is
   */
  public static Set<PersonalDataKind> found(String text) {
    Set<PersonalDataKind> found = EnumSet.noneOf(PersonalDataKind.class);
    for (String order : ScanText.readingOrders(text)) {
      Text measured = Text.of(order);
      for (PersonalDataKind kind : KINDS) {
        if (!found.contains(kind) && kind.foundIn(measured)) {
          found.add(kind);
        }
      }
    }
    return found;
  }

  /** Whether {@code text}, read as a reader sees it, holds data of this kind. */
  boolean foundIn(String text) {
    return found(text).contains(this);
  }

  /** Whether {@code text}, already read as a reader sees it and measured once for every kind, holds data of this kind. */
  abstract boolean foundIn(Text text);

  /**
   * A text with what one pass over its words tells, which spares most texts the patterns: how many
   * ASCII digits it holds (every kind but email addresses needs several, and most texts have few);
   * whether a letter, of either case, stands right before a digit (every postcode but GIR 0AA has
   * two digits and such a pair); whether six digits or words for digits stand in a row, with
   * nothing but spaces, commas and dashes (and "double" and "triple") between them, as {@link
   * #DIGITS_IN_WORDS} needs; and whether it has the words of an address written in words, as {@link
   * #EMAIL_IN_WORDS} needs: "dot" with "at" or {@code @}, or "at" in brackets. The words are runs of
   * ASCII letters, digits and underscores, which is what the patterns' {@code \b} and {@code \s}
   * make of them; the pass never rules out a text a pattern finds something in.
   */
  record Text(String value, int digits, boolean hasLetterBeforeDigit, boolean mayHoldDigitsInWords, boolean mayHoldAddressInWords) {

    static Text of(String value) {
      int digits = 0;
      boolean letterBeforeDigit = false;
      int digitWordsInARow = 0;
      boolean sixInARow = false;
      boolean at = false;
      boolean dot = false;
      boolean bracketedAt = false;
      int i = 0;
      while (i < value.length()) {
        int start = i;
        for (; i < value.length() && isWordChar(value.charAt(i)); i++) {
          char c = value.charAt(i);
          if (c >= '0' && c <= '9') {
            digits++;
            letterBeforeDigit |= i > start && isAsciiLetter(value.charAt(i - 1));
          }
        }
        if (i > start) {
          if (isDigitWord(value, start, i)) {
            sixInARow |= ++digitWordsInARow == 6;
          } else if (isWord(value, start, i, "at")) {
            at = true;
            bracketedAt |= afterBracket(value, start);
            digitWordsInARow = 0;
          } else if (isWord(value, start, i, "dot")) {
            dot = true;
            digitWordsInARow = 0;
          } else if (!isWord(value, start, i, "double") && !isWord(value, start, i, "triple")) {
            digitWordsInARow = 0;
          }
        }
        for (; i < value.length() && !isWordChar(value.charAt(i)); i++) {
          char c = value.charAt(i);
          at |= c == '@';
          if (c != ' ' && c != ',' && c != '-') {
            digitWordsInARow = 0;
          }
        }
      }
      return new Text(value, digits, letterBeforeDigit, sixInARow, at && dot || bracketedAt);
    }

    private static boolean isAsciiLetter(char c) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Whether an opening bracket comes before {@code start}, perhaps with spaces between. */
    private static boolean afterBracket(String value, int start) {
      int i = start - 1;
      while (i >= 0 && isPatternSpace(value.charAt(i))) {
        i--;
      }
      return i >= 0 && "([{".indexOf(value.charAt(i)) >= 0;
    }

    /** A character the patterns' {@code \s} matches. */
    private static boolean isPatternSpace(char c) {
      return c == ' ' || c >= '\t' && c <= '\r';
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

  /** A postcode pattern with {@code separator} between its outward and inward codes. Every quantifier is bounded. */
  private static Pattern postcode(String separator) {
    return Pattern.compile(
        "(?<![A-Za-z0-9])(?:GIR" + separator + "0AA|[A-Z]{1,2}[0-9][A-Z0-9]?" + separator + "([0-9][ABD-HJLNP-UW-Z]{2}))(?![A-Za-z0-9])",
        Pattern.CASE_INSENSITIVE);
  }

  /**
   * The kinds of personal data a code (an id, a link, a theme code), read as words, may hold: as
   * {@link #found(String)}, except that a postcode needs a separator between its halves, since
   * codes run letters and digits together ({@code xq9i5eb} is an id, not XQ9I 5EB).
   */
  static Set<PersonalDataKind> foundInCode(String words) {
    Set<PersonalDataKind> found = found(words);
    if (found.contains(POSTCODE)
        && Arrays.stream(ScanText.readingOrders(words)).noneMatch(order -> POSTCODE_SEPARATED.matcher(order).find())) {
      found.remove(POSTCODE);
    }
    return found;
  }

  /** Whether the separators between the digits of a number are all of one kind, or there are none. */
  private static boolean oneKindOfSeparator(String written) {
    char separator = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == ' ' || c == '.' || c == '-') {
        if (separator != 0 && c != separator) {
          return false;
        }
        separator = c;
      }
    }
    return true;
  }

  /** Whether the words right before {@code start} label what follows as a reference, and none says NHS. */
  private static boolean labelledAsReference(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    return REFERENCE_LABEL.matcher(before).find() && !before.toLowerCase(Locale.ROOT).contains("nhs");
  }

  /** Whether {@code pattern} finds an address in {@code text} that is not an organisation's. */
  private static boolean hasPersonalAddress(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (!isRoleAddress(matcher.group(1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPersonalPhoneNumber(String text) {
    Matcher matcher = PHONE.matcher(text);
    while (matcher.find()) {
      if (isPersonalPhoneNumber(matcher.group(1), matcher.group(2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #DIGITS_IN_WORDS} may be found in {@code text} (see {@link Text}). */
  static boolean mayHoldDigitsInWords(String text) {
    return Text.of(text).mayHoldDigitsInWords();
  }

  /** Whether {@link #EMAIL_IN_WORDS} may be found in {@code text} (see {@link Text}). */
  static boolean mayHoldAddressInWords(String text) {
    return Text.of(text).mayHoldAddressInWords();
  }

  /** A character of a word for the patterns here: an ASCII letter or digit, or an underscore. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /**
   * Whether the word from {@code start} to {@code end} is a digit or a word for one. Called for
   * every word of every text the privacy scan reads, so it looks only at the words of the same
   * length.
   */
  private static boolean isDigitWord(String text, int start, int end) {
    int length = end - start;
    if (length == 1) {
      return text.charAt(start) >= '0' && text.charAt(start) <= '9';
    }
    if (length >= DIGIT_WORDS_BY_LENGTH.length) {
      return false;
    }
    for (String word : DIGIT_WORDS_BY_LENGTH[length]) {
      if (text.regionMatches(true, start, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The words for digits, indexed by their length. */
  private static String[][] byLength(Set<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] byLength = new String[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      int l = length;
      byLength[length] = words.stream().filter(word -> word.length() == l).sorted().toArray(String[]::new);
    }
    return byLength;
  }

  private static boolean isWord(String text, int start, int end, String word) {
    return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
  }

  /** The digits that digits in words stand for: "oh seven double seven" is 0777. */
  private static String digitsOf(String words) {
    StringBuilder digits = new StringBuilder();
    int times = 1;
    for (String word : words.toLowerCase(Locale.ROOT).split("[ ,-]+")) {
      if (word.equals("double") || word.equals("triple")) {
        times = word.equals("double") ? 2 : 3;
        continue;
      }
      char digit = word.matches("\\d") ? word.charAt(0) : DIGIT_WORDS.get(word);
      digits.append(String.valueOf(digit).repeat(times));
      times = 1;
    }
    return digits.toString();
  }

  /**
   * Whether a telephone number, written as {@code start} (0, +44 and the like) and {@code rest} (its
   * other digits, separators and brackets), is a person's: nine or ten national digits, one kind of
   * separator, a first group of at least three digits when written from 0 (so that dates such as
   * 01.02.2019 are not taken for numbers) unless every digit stands alone, and a geographic, mobile
   * or personal number rather than an organisation's.
   */
  private static boolean isPersonalPhoneNumber(String start, String rest) {
    String unbracketed = rest.replace("(", "").replace(")", "");
    if (!oneKindOfSeparator(unbracketed.strip())) {
      return false;
    }
    String national = unbracketed.replaceAll("[ .-]", "");
    boolean domestic = start.endsWith("0") && !start.endsWith("(0)");
    if (domestic) {
      String[] groups = ("0" + unbracketed).strip().split("[ .-]+");
      boolean spelledOut = Arrays.stream(groups).allMatch(group -> group.length() == 1);
      if (groups[0].length() < 3 && !spelledOut) {
        return false;
      }
    }
    return national.length() >= 9 && "1257".indexOf(national.charAt(0)) >= 0;
  }

  /** Whether the name before an address's {@code @} is made only of role words, such as safeguarding.team. */
  private static boolean isRoleAddress(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[._%+-]+")) {
      if (!word.isEmpty() && !isRoleWord(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is a role word, in the singular or plural: child, children; adult, adults; team, teams. */
  private static boolean isRoleWord(String word) {
    return ROLE_WORDS.contains(word)
        || ROLE_WORDS.contains(word + "s")
        || word.endsWith("s") && ROLE_WORDS.contains(word.substring(0, word.length() - 1));
  }

  /** A date of birth needs one of the words about birth, which a cheap search finds first. */
  private static boolean mentionsBirth(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("born") || lower.contains("birth") || lower.contains("dob") || lower.contains("d.o.b")
        || lower.contains("b.") || lower.contains("deliver");
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
