package org.safeguarding.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A law, a piece of guidance, a procedure, protocol or policy, a plan, a panel or training that a
 * document names, as it names it: "section 47 of the Children Act 1989", "the Wales Safeguarding
 * Procedures", "the regional bruising protocol", "the multi-agency exploitation panel",
 * "safeguarding training for GP practices". Only what the document says is kept; an issuer or a
 * link the document does not give is left out.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableArrangement.class)
public abstract class Arrangement implements Extensible {

  /** Only the generated implementation extends this type; build instances with {@link #builder()}. */
  Arrangement() {}

  /** {@return what kind of arrangement it is} */
  @NotNull
  public abstract ArrangementKind getKind();

  /**
   * {@return its name as the document gives it, such as "Children Act 1989" or "the bruising
   * protocol"; for one the document does not name, its words for it, such as "local campaigns and
   * initiatives"}
   */
  @NotNull
  @Text(max = Constraints.NAME_MAX)
  public abstract String getName();

  /** {@return the part of it the document names, such as "section 47" or "chapter 4"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getSection();

  /** {@return who made or runs it, such as a government, a safeguarding board or an agency} */
  public abstract Optional<@Valid Organisation> getIssuer();

  /**
   * {@return who it puts the duty or responsibility on, as the document says, such as "Regional
   * Safeguarding Children Boards" for a duty to carry out reviews; not who issued it}
   */
  public abstract Optional<@Valid Organisation> getHolder();

  /**
   * {@return the bodies it puts the duty or responsibility on at different levels, such as
   * "nationally with the Panel and locally with the safeguarding partners"; never with holder}
   */
  public abstract List<@Valid ArrangementHolder> getHolders();

  /**
   * {@return what it requires or expects, as the document states it, one statement each ("reviews
   * should be completed in a timely manner")}
   */
  public abstract List<@Text(max = Constraints.STATEMENT_MAX) String> getRequirements();

  /**
   * {@return what it allows or empowers someone to do, as the document states it, one statement
   * each ("the Welsh Government Safeguarding Team can draw in other parts of the Welsh Government");
   * what it requires is {@code requirements}}
   */
  public abstract List<@Text(max = Constraints.STATEMENT_MAX) String> getPowers();

  /**
   * {@return the bodies it involves beside its issuer and holder, such as "the Inspectorates Group"
   * that a regulation lets a team draw in}
   */
  public abstract List<@Valid Organisation> getInvolves();

  /**
   * {@return the processes it names as deciding what it leaves to them, such as coroners and criminal
   * courts for the cause of a death and who is to blame}
   */
  public abstract List<ParallelProcess> getProcesses();

  /**
   * {@return why it was made or revised, as the document states it ("the reforms rest on the
   * complexity of embedding learning from reviews"); what it requires is {@code requirements}}
   */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getReason();

  /**
   * {@return the documents and bodies it draws on, as the document names them, such as research and
   * the Panel's reviews; a body's work named without a title is a resource with a description and
   * the body as publisher}
   */
  public abstract List<@Valid Resource> getDrawsOn();

  /** {@return its version or revision as the document gives it, such as "revised" or "2023 edition"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getVersion();

  /** {@return when the version the document names was issued or revised} */
  public abstract Optional<@Valid When> getVersionDate();

  /** {@return what it replaced, as the document names it, such as "the previous guidance (2015)"} */
  public abstract Optional<@Text(max = Constraints.NAME_MAX) String> getReplaces();

  /**
   * {@return the arrangements it complies with or implements, as the document names them, such as
   * the national guidance a local protocol follows}
   */
  public abstract List<@Text(max = Constraints.NAME_MAX) String> getCompliesWith();

  /** {@return whether it is a draft, interim, in force or superseded, as the document says} */
  public abstract Optional<ArrangementStatus> getStatus();

  /** {@return the nation whose law or guidance it is} */
  public abstract Optional<Nation> getNation();

  /** {@return an absolute http or https link to it, when the document gives one} */
  public abstract Optional<@Size(max = Constraints.LINK_MAX) @Pattern(regexp = Constraints.LINK_PATTERN, message = Constraints.LINK_MESSAGE) String> getLink();

  /**
   * {@return true when the document links to it (a "(PDF)", a button) but the copy does not hold
   * the address; never with {@code link}}
   */
  public abstract Optional<Boolean> getLinkNotInCopy();

  /** {@return what the document says of it, in its words ("was not followed", "has since been revised")} */
  public abstract Optional<@Text(max = Constraints.STATEMENT_MAX) String> getDetail();

  /** {@return a builder for an arrangement} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Arrangement}: {@code build()} throws an {@link IllegalStateException}
   * naming each property JSON requires that is not set.
   */
  public static final class Builder extends ImmutableArrangement.Builder {

    /** A builder with no property set, as {@link Arrangement#builder()} gives. */
    public Builder() {}
  }
}
