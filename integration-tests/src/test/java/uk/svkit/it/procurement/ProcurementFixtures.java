package uk.svkit.it.procurement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.models.Answer;
import uk.svkit.sdk.models.Commitment;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.CreateQuestionSetOptions;
import uk.svkit.sdk.models.CreateTenderOptions;
import uk.svkit.sdk.models.QuestionInput;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.QuestionType;
import uk.svkit.sdk.models.SubmitBidOptions;
import uk.svkit.sdk.models.Tender;

/** The question set, tenders and bids the procurement tests share: the One Wirral measures. */
final class ProcurementFixtures {
  /** The illustrative proxy set shipped with svkit (SVK-LOCAL 1). */
  static final String ILLUSTRATIVE_PROXY_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";

  private ProcurementFixtures() {}

  static CreateQuestionSetOptions.Builder oneWirralQuestions(String title) {
    return CreateQuestionSetOptions.builder()
        .title(title)
        .description("Social value questions for a Wirral highways contract")
        .frameworkCode("SVK-LOCAL")
        .edition("1")
        .addQuestion(
            QuestionInput.builder("JOBS", QuestionType.COMMITMENT)
                .text("How many local FTE jobs will you create?")
                .weight(new BigDecimal("30"))
                .measureCode("LM-EMP-01")
                .links(java.util.List.of("LM-EMP-01"))
                .build())
        .addQuestion(
            QuestionInput.builder("TRAIN", QuestionType.COMMITMENT)
                .text("How many weeks of training will you provide?")
                .weight(new BigDecimal("20"))
                .measureCode("LM-SKL-01")
                .build())
        .addQuestion(
            QuestionInput.builder("HOW", QuestionType.METHOD_STATEMENT)
                .text("How will you deliver and evidence these commitments?")
                .guidance("Name your VCFSE partners and how you will report.")
                .weight(new BigDecimal("40"))
                .maxWords(60)
                .build())
        .addQuestion(
            QuestionInput.builder("RLW", QuestionType.YES_NO)
                .text("Are you an accredited Real Living Wage employer?")
                .weight(new BigDecimal("10"))
                .build());
  }

  static QuestionSet publishedQuestionSet(SvkitClient buyer, String title) {
    QuestionSet draft = buyer.questionSets().createQuestionSet(oneWirralQuestions(title).build());
    return buyer.questionSets().publishQuestionSet(draft);
  }

  static Tender tender(
      SvkitClient buyer, QuestionSet set, String buyerTenderId, Duration untilDeadline) {
    return buyer
        .tenders()
        .createTender(
            CreateTenderOptions.builder()
                .buyerTenderId(buyerTenderId)
                .ocid("ocds-h6vhtk-" + buyerTenderId.toLowerCase())
                .title("Highways maintenance " + buyerTenderId)
                .questionSetId(set.getId())
                .proxySetId(ILLUSTRATIVE_PROXY_SET)
                .socialValueWeighting(new BigDecimal("20"))
                .contractValue(new BigDecimal("1000000"))
                .deadline(OffsetDateTime.now(ZoneOffset.UTC).plus(untilDeadline))
                .build());
  }

  static SubmitBidOptions bid(
      String price, String jobs, String trainingWeeks, String vcfsePartnerId) {
    Commitment.Builder jobsCommitment =
        Commitment.builder(new BigDecimal(jobs), CommitmentPeriod.WHOLE_CONTRACT)
            .placeCode("E08000015");
    if (vcfsePartnerId != null) {
      jobsCommitment.vcfsePartnerOrganisationId(vcfsePartnerId);
    }
    return SubmitBidOptions.builder()
        .price(new BigDecimal(price))
        .addAnswer(Answer.ofCommitment("JOBS", jobsCommitment.build()))
        .addAnswer(
            Answer.ofCommitment(
                "TRAIN",
                Commitment.builder(new BigDecimal(trainingWeeks), CommitmentPeriod.WHOLE_CONTRACT)
                    .build()))
        .addAnswer(
            Answer.ofText(
                "HOW",
                "We recruit through Wirral Met and report quarterly with our VCFSE partners."))
        .addAnswer(Answer.ofYesNo("RLW", true))
        .build();
  }

  /** Waits until the tender's deadline has passed, so its bids are locked and opened. */
  static void waitForDeadline(Tender tender) throws InterruptedException {
    long millis =
        Duration.between(OffsetDateTime.now(ZoneOffset.UTC), tender.getDeadline()).toMillis();
    if (millis > 0) {
      Thread.sleep(millis + 250);
    }
  }
}
