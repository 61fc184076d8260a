package org.safeguarding.review;

import org.safeguarding.review.pointer.Pointer;

/**
 * A typed part of a learning document's content: what a {@link Block} or an {@link Item} holds
 * besides text. Each part hands itself to the visitor's callback for its type, so that a block's
 * or an item's alternatives, declared once as their {@link Choice} getters, need no list of
 * alternatives anywhere else; the model's processor refuses an alternative that is neither text nor
 * a part.
 */
public interface ContentPart {

  /**
   * Hands this part to the callback of {@code visitor} for its type, without walking into it.
   *
   * @param visitor what to call
   * @param at where the part sits in the document
   */
  void accept(ContentVisitor visitor, Pointer at);
}
