package org.safeguarding.review;

/**
 * Whether a provider or body is public, private or voluntary, as the document says ("a private
 * children's home", "an independent provider").
 */
public enum Sector implements DefinedValue {
  /** A public body or a service it runs: a council, the NHS, the police ("statutory", "local authority"). */
  PUBLIC("Public or statutory"),
  /** A business run for profit ("private", "for-profit"). */
  PRIVATE("Private"),
  /** A charity or community organisation, not for profit ("voluntary", "third sector"). */
  VOLUNTARY("Voluntary or charitable"),
  /**
   * Not run by the state, when the document says "independent" without saying whether for profit
   * or not.
   */
  INDEPENDENT("Independent");

  private final String label;

  Sector(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return Sector_.definition(this);
  }
}
