package org.safeguarding.review.schema;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.Optional;
import org.safeguarding.review.pointer.Pointer;

/**
 * Where in the published schemas a validator found an error: the schema file (by its {@code $id}),
 * the definition under {@code $defs} if it is inside one, and the keywords inside that definition
 * (or inside the file, outside any definition).
 *
 * @param file the schema file's {@code $id}
 * @param definition the definition's name, such as {@code Block}, if the error is inside one
 * @param within the place inside the definition or the file, such as {@code /dependentSchemas/text}
 */
record SchemaPlace(String file, Optional<String> definition, Pointer within) {

  private static final String DEFINITIONS = "$defs";

  static SchemaPlace of(SchemaLocation location) {
    NodePath fragment = location.getFragment();
    int start = 0;
    Optional<String> definition = Optional.empty();
    if (fragment.getNameCount() >= 2 && DEFINITIONS.equals(fragment.getName(0))) {
      definition = Optional.of(fragment.getName(1));
      start = 2;
    }
    Pointer within = Pointer.root();
    for (int i = start; i < fragment.getNameCount(); i++) {
      within = within.property(fragment.getName(i));
    }
    return new SchemaPlace(location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString(), definition, within);
  }

  /** Whether the place is inside the definition {@code name}. */
  boolean in(String name) {
    return definition.filter(name::equals).isPresent();
  }
}
