package uk.svkit.api.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Answer",
    description =
        "text for METHOD_STATEMENT and SINGLE_CHOICE, yes for YES_NO, number for NUMBER, commitment for COMMITMENT")
public class AnswerRequest {
  @NotBlank
  @Size(max = 20)
  public String questionKey;

  @Size(max = 100_000)
  public String text;

  public Boolean yes;

  @Digits(integer = 15, fraction = 4)
  public BigDecimal number;

  @Valid public CommitmentRequest commitment;
}
