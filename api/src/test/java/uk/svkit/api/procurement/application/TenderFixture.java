package uk.svkit.api.procurement.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.procurement.domain.Answer;
import uk.svkit.api.procurement.domain.Bid;
import uk.svkit.api.procurement.domain.CommitmentPeriod;
import uk.svkit.api.procurement.domain.Question;
import uk.svkit.api.procurement.domain.QuestionType;
import uk.svkit.api.procurement.domain.Tender;
import uk.svkit.api.servicetest.Services;
import uk.svkit.api.servicetest.TestClock;

/**
 * An open tender as a buyer sets one up through the services: a published question set on the
 * bundled SVK-LOCAL edition (a commitment of volunteering hours weighted 60 % and a method
 * statement weighted 40 %), 20 % social value weighting, valued with the illustrative proxy set
 * (£15 an hour), a deadline two weeks after the clock, and one assigned evaluator.
 */
public final class TenderFixture {
  public static final String ILLUSTRATIVE_VALUES = "f274eec2-15a5-55a8-b0ed-d650872afa14";

  private final OrganisationService organisations;
  private final TenderService tenders;
  private final BidService bids;
  private final TestClock clock;

  public final Caller buyer;
  public final Caller evaluator;
  public final String questionSetId;
  public final String tenderId;
  public final OffsetDateTime deadline;

  public TenderFixture(
      OrganisationService organisations,
      QuestionSetService questionSets,
      TenderService tenders,
      BidService bids,
      TestClock clock) {
    this.organisations = organisations;
    this.tenders = tenders;
    this.bids = bids;
    this.clock = clock;
    String buyerId = Services.organisation(organisations, "Council", OrganisationRole.BUYER);
    buyer = Services.user(buyerId, Roles.BUYER);
    evaluator = Services.user(buyerId, Roles.EVALUATOR);
    questionSetId =
        Services.as(
            buyer,
            () -> {
              var draft = questionSets.create("SVK-LOCAL", "1", "Social value", null, questions());
              return questionSets.publish(draft.set().id(), draft.set().version()).set().id();
            });
    deadline = now().plusDays(14);
    tenderId =
        Services.as(
            buyer,
            () -> {
              Tender open =
                  tenders.create(newTender("T-" + buyerId, questionSetId, "20", deadline)).tender();
              return tenders
                  .assignEvaluators(open.id(), open.version(), Set.of(evaluator.subject()))
                  .tender()
                  .id();
            });
  }

  static List<Question> questions() {
    return List.of(
        new Question(
            "VOL",
            QuestionType.COMMITMENT,
            "How many hours will your staff volunteer locally?",
            null,
            new BigDecimal("60"),
            null,
            null,
            "LM-VOL-01",
            null,
            null,
            null,
            null),
        new Question(
            "HOW",
            QuestionType.METHOD_STATEMENT,
            "How will you deliver them?",
            null,
            new BigDecimal("40"),
            null,
            200,
            null,
            null,
            null,
            null,
            null));
  }

  static TenderService.NewTender newTender(
      String buyerTenderId, String questionSetId, String weighting, OffsetDateTime deadline) {
    return new TenderService.NewTender(
        buyerTenderId,
        null,
        "Grounds maintenance 2026",
        questionSetId,
        ILLUSTRATIVE_VALUES,
        new BigDecimal(weighting),
        new Money(new BigDecimal("200000"), "GBP"),
        deadline);
  }

  public OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** A user of a newly registered supplier. */
  public Caller supplier(String name) {
    return Services.user(
        Services.organisation(organisations, name, OrganisationRole.SUPPLIER), Roles.SUPPLIER);
  }

  /** A newly registered VCFSE's id. */
  public String vcfse(String name) {
    return Services.organisation(organisations, name, OrganisationRole.VCFSE);
  }

  /** Answers committing these volunteering hours, with this VCFSE partner (or none). */
  public static List<Answer> answers(String hours, String vcfsePartnerId) {
    return List.of(
        new Answer(
            "VOL",
            null,
            null,
            null,
            new Answer.Commitment(
                "LM-VOL-01",
                new BigDecimal(hours),
                CommitmentPeriod.WHOLE_CONTRACT,
                null,
                vcfsePartnerId)),
        new Answer("HOW", "Our staff volunteer with local groups.", null, null, null));
  }

  public Bid bid(Caller supplier, String price, String hours) {
    return Services.as(
        supplier, () -> bids.submit(tenderId, new BigDecimal(price), answers(hours, null)).bid());
  }

  /** Moves the clock past the deadline: bids lock and unseal. */
  public void closeBidding() {
    clock.set(deadline.plus(Duration.ofMinutes(1)).toInstant());
  }

  public Tender tender() {
    return Services.as(buyer, () -> tenders.get(tenderId).tender());
  }
}
