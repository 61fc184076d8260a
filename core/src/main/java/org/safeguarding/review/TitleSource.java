package org.safeguarding.review;

/**
 * Where a document's title, or another fact of it ({@link InferredFact}), comes from when the
 * document does not print it.
 */
public enum TitleSource implements DefinedValue {
  /** The document prints its title. */
  DOCUMENT("Document"),
  /** Taken from the words of the document's web address. */
  WEB_ADDRESS("Web address"),
  /** Taken from the page or link that hosts the document. */
  HOST_PAGE("Host page"),
  /** Written by the encoder from what the document is about. */
  ENCODER("Encoder");

  private final String label;

  TitleSource(String label) {
    this.label = label;
  }

  @Override
  public String getLabel() {
    return label;
  }

  @Override
  public String getDefinition() {
    return TitleSource_.definition(this);
  }
}
