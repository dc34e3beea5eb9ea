package uk.svkit.api.anchor.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.anchor.domain.Declaration;
import uk.svkit.api.anchor.domain.IndicatorReturn;
import uk.svkit.api.anchor.domain.IndicatorTarget;
import uk.svkit.api.anchor.domain.StatementScore;
import uk.svkit.api.directory.application.DeliveryService;
import uk.svkit.api.directory.application.NoticeboardService;
import uk.svkit.api.directory.domain.Delivery;
import uk.svkit.api.directory.domain.DeliveryStatus;
import uk.svkit.api.directory.domain.Need;
import uk.svkit.api.directory.domain.Pledge;
import uk.svkit.api.directory.domain.SupportType;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.persistence.DatabaseMigrator;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.platform.request.RequestContext;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.platform.time.Timestamps;
import uk.svkit.api.recognition.application.PartnershipService;
import uk.svkit.api.recognition.application.SignatureService;
import uk.svkit.api.recognition.domain.PartnershipDelivery;
import uk.svkit.api.recognition.domain.PartnershipDeliveryStatus;
import uk.svkit.api.recognition.domain.Sector;
import uk.svkit.api.tracking.application.ContractService;
import uk.svkit.api.tracking.application.ContractView;
import uk.svkit.api.tracking.application.ReturnService;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.EvidenceRef;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.ReturnStatus;
import uk.svkit.api.tracking.domain.TargetPeriod;

/**
 * A small, clearly fictional Cheshire & Merseyside story for the demo configuration ({@code
 * SVKIT_DEMO=true}), so that every anchor dashboard and benchmark, the collective view and the
 * buyer dashboard show figures on a fresh start: two anchors (an NHS trust and a council) sign the
 * C&M Anchor Framework, declare indicators and report quarterly returns from January 2025 that the
 * platform (the framework's administrator) validates; four peer anchors report on two indicators so
 * benchmarks have enough peers; the trust buys from a supplier on a contract whose KPIs have
 * validated returns over two years, and its volunteering KPI counts the hours the supplier pledged
 * to a Birkenhead pantry's need once the pantry confirmed them (validated by the trust); the
 * supplier and a VCFSE run a STEM volunteering partnership the VCFSE confirmed and both show
 * publicly; both anchors assess their commissioning-cycle maturity twice.
 *
 * <p>Everything goes through the application services, acting as the organisation whose step it is,
 * so kept totals, ratings and the audit trail are exactly as if users had done it. Loaded once,
 * after the demo organisations (the start-up advisory lock serialises instances); a server that
 * finds the trust's declarations in place adds nothing.
 */
@ApplicationScoped
public class DemoAnchorStory {
  private static final Logger LOG = Loggers.of(DemoAnchorStory.class);

  static final String CM_ANCHOR = "6b2d7c1e-0000-4000-8000-000000000003";
  static final String TRUST = "8f1f3c39-0000-4000-8000-000000000011";
  static final String COUNCIL = "8f1f3c39-0000-4000-8000-000000000012";
  static final List<String> PEERS =
      List.of(
          "8f1f3c39-0000-4000-8000-000000000013",
          "8f1f3c39-0000-4000-8000-000000000014",
          "8f1f3c39-0000-4000-8000-000000000015",
          "8f1f3c39-0000-4000-8000-000000000016");
  static final String SUPPLIER = "8f1f3c39-0000-4000-8000-000000000017";
  static final String STEM_CLUB = "8f1f3c39-0000-4000-8000-000000000018";

  /** The directory demo's pantry (a VCFSE with a profile, loaded before this story). */
  static final String PANTRY = "8f1f3c39-0000-4000-8000-000000000006";

  static final String ILLUSTRATIVE_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";
  static final String MATURITY_MODEL = "7c3e0a30-0000-4000-8000-000000000001";
  static final LocalDate STORY_STARTS = LocalDate.of(2025, 1, 1);
  static final String WIRRAL = "E08000015";
  static final String LIVERPOOL = "E08000012";

  @Inject
  @ConfigProperty(name = "svkit.demo", defaultValue = "false")
  boolean demo;

  @Inject SignatureService signatures;
  @Inject IndicatorService indicators;
  @Inject MaturityService maturity;
  @Inject ContractService contracts;
  @Inject ReturnService returns;
  @Inject PartnershipService partnerships;
  @Inject NoticeboardService noticeboard;
  @Inject DeliveryService deliveries;
  @Inject Clock clock;

  @Transactional
  void load(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 700)
          DatabaseMigrator.SchemaReady ready) {
    if (!demo) {
      return;
    }
    if (!as(admin(), () -> indicators.declarationsOf(CM_ANCHOR, TRUST)).isEmpty()) {
      LOG.log(Level.INFO, "Demo data: the anchor story is in place");
      return;
    }
    List<LocalDate> quarters = endedQuarters();
    anchor(
        TRUST,
        "Dr Alex Morgan",
        Sector.NHS,
        WIRRAL,
        quarters,
        new Plan("ANC-P1-LOCAL-SPEND", "21.5", "30", "0.6"),
        new Plan("ANC-P2-COMMUNITY-HOURS", "900", "1500", "60"),
        new Plan("ANC-P3-REAL-LIVING-WAGE", "88", "100", "1.2"),
        new Plan("ANC-P5-EMISSIONS", "4200", "3000", "-110"));
    anchor(
        COUNCIL,
        "Cllr Jo Bryant",
        Sector.LOCAL_AUTHORITY,
        LIVERPOOL,
        quarters,
        new Plan("ANC-P1-LOCAL-SPEND", "34", "40", "0.4"),
        new Plan("ANC-P3-LOCAL-HIRES", "52", "60", "0.7"),
        new Plan("ANC-P4-STAFF-VOLUNTEERING", "300", "600", "25"),
        new Plan("ANC-P5-EMISSIONS", "2600", "2000", "-45"));
    for (int i = 0; i < PEERS.size(); i++) {
      int step = i + 1;
      anchor(
          PEERS.get(i),
          "Demo Chief Executive " + step,
          Sector.OTHER,
          i % 2 == 0 ? WIRRAL : LIVERPOOL,
          quarters.subList(Math.max(0, quarters.size() - 4), quarters.size()),
          new Plan("ANC-P1-LOCAL-SPEND", String.valueOf(18 + 4 * step), "35", "0.5"),
          new Plan("ANC-P5-EMISSIONS", String.valueOf(1500 + 700 * step), "1000", "-30"));
    }
    ContractView contract = contract(quarters);
    pledgeConfirmedByTheVcfse(contract);
    partnership();
    selfAssessments();
    LOG.log(
        Level.INFO,
        "Demo data: the Cheshire & Merseyside anchor story ({0} quarters of returns) added",
        quarters.size());
  }

  /** One indicator's plan: baseline, target by March 2027 and how much each quarter moves it. */
  private record Plan(String indicatorCode, String baseline, String target, String perQuarter) {}

  private void anchor(
      String organisationId,
      String signatory,
      Sector sector,
      String place,
      List<LocalDate> quarters,
      Plan... plans) {
    Caller self = caller(organisationId, Roles.BUYER);
    as(
        self,
        () ->
            signatures.sign(
                CM_ANCHOR,
                new SignatureService.NewSignature(
                    null,
                    LocalDate.of(2024, 9, 2),
                    signatory,
                    "Chief Executive",
                    "We buy, employ and open our estate locally (demo data).",
                    place,
                    sector,
                    List.of(
                        new SignatureService.NewCommitment(
                            "P1", "Grow local spend towards 30% by 2027 (demo)", "LM-SUP-01")))));
    for (Plan plan : plans) {
      Declaration d =
          as(
              self,
              () ->
                  indicators.declare(
                      CM_ANCHOR,
                      new IndicatorService.NewDeclaration(
                          plan.indicatorCode(),
                          ReportingFrequency.QUARTERLY,
                          quarters.get(0),
                          new BigDecimal(plan.baseline()),
                          quarters.get(0).minusDays(1),
                          List.of(
                              new IndicatorTarget(
                                  LocalDate.of(2027, 3, 31), new BigDecimal(plan.target()))))));
      BigDecimal value = new BigDecimal(plan.baseline());
      for (LocalDate start : quarters) {
        value = value.add(new BigDecimal(plan.perQuarter()));
        BigDecimal reported = value;
        IndicatorReturn r =
            as(
                self,
                () ->
                    indicators.submit(
                        d.id(),
                        new IndicatorService.NewReturn(
                            start,
                            start.plusMonths(3).minusDays(1),
                            reported,
                            "Quarterly figure from the finance system (demo data).",
                            List.of(evidence("anchor/" + plan.indicatorCode() + "/" + start)))));
        as(admin(), () -> indicators.validate(r.id(), r.version()));
      }
    }
  }

  /**
   * The trust's facilities contract: three KPIs with validated quarterly returns, and a
   * volunteering KPI that only confirmed pledges fill.
   */
  private ContractView contract(List<LocalDate> quarters) {
    Caller buyer = caller(TRUST, Roles.BUYER, Roles.CONTRACT_MANAGER);
    Caller supplier = caller(SUPPLIER, Roles.SUPPLIER);
    ContractView view =
        as(
            buyer,
            () ->
                contracts.create(
                    new ContractService.NewContract(
                        SUPPLIER,
                        "MVH-DEMO-2025-001",
                        null,
                        "Estates maintenance and net zero retrofit (demo data)",
                        new Money(new BigDecimal("2400000.00"), "GBP"),
                        STORY_STARTS,
                        LocalDate.of(2027, 12, 31),
                        new LinkedHashSet<>(List.of(WIRRAL)),
                        "SVK-LOCAL",
                        "1",
                        ILLUSTRATIVE_SET,
                        List.of(
                            kpi("LM-EMP-01", "Local people hired", "6"),
                            kpi("LM-SUP-01", "Spend with Wirral suppliers", "300000"),
                            kpi("LM-CO2-01", "Carbon saved by retrofit", "120"),
                            kpi("LM-VOL-01", "Volunteering with Wirral VCFSEs", "200")))));
    List<BigDecimal> perQuarter =
        List.of(new BigDecimal("1"), new BigDecimal("42000"), new BigDecimal("9.5"));
    List<Commitment> kpis = view.contract().commitments();
    for (LocalDate start : quarters) {
      List<ReturnService.NewReturn> quarter = new ArrayList<>();
      for (int k = 0; k < perQuarter.size(); k++) {
        quarter.add(
            new ReturnService.NewReturn(
                view.contract().id(),
                kpis.get(k).id(),
                start,
                start.plusMonths(3).minusDays(1),
                perQuarter.get(k),
                "Quarterly return (demo data).",
                List.of(evidence("contract/" + kpis.get(k).measureCode() + "/" + start))));
      }
      List<KpiReturn> submitted = as(supplier, () -> returns.submitAll(quarter, "returns"));
      for (KpiReturn r : submitted) {
        as(buyer, () -> returns.validate(view.contract().id(), r.id(), r.version()));
      }
    }
    return view;
  }

  /**
   * The supplier pledges volunteering hours to the pantry's need, naming the trust contract's
   * volunteering KPI; it records the delivery, the pantry confirms it, and the confirmed hours
   * become a return of the KPI that the trust validates (the supplier's word alone never counts).
   */
  private void pledgeConfirmedByTheVcfse(ContractView view) {
    Caller pantry = caller(PANTRY, Roles.VCFSE);
    Caller supplier = caller(SUPPLIER, Roles.SUPPLIER);
    Caller buyer = caller(TRUST, Roles.BUYER, Roles.CONTRACT_MANAGER);
    Commitment volunteering =
        view.contract().commitments().stream()
            .filter(c -> c.measureCode().equals("LM-VOL-01"))
            .findFirst()
            .orElseThrow();
    Need need =
        as(
                pantry,
                () ->
                    noticeboard.post(
                        new Need.Terms(
                            SupportType.VOLUNTEERING,
                            "Volunteers for the winter warm space (demo data)",
                            "Staff volunteers to welcome visitors and serve hot food.",
                            new BigDecimal("60"),
                            "hours",
                            WIRRAL,
                            Timestamps.today(clock).plusMonths(3))))
            .need();
    Pledge pledge =
        as(
            supplier,
            () ->
                noticeboard.pledge(
                    need.id(),
                    new BigDecimal("40"),
                    "Our engineers, two evenings a week (demo data).",
                    volunteering.id()));
    Pledge delivered =
        as(
            supplier,
            () ->
                noticeboard.recordDelivery(
                    pledge.id(), pledge.version(), null, "Five evenings of eight hours."));
    Delivery delivery = as(pantry, () -> deliveries.get(delivered.id()));
    as(
        pantry,
        () ->
            deliveries.answer(
                delivery.id(),
                delivery::version,
                new Delivery.Answer(DeliveryStatus.CONFIRMED, null, null)));
    String contractId = view.contract().id();
    for (KpiReturn r :
        as(
            buyer,
            () ->
                returns.list(
                    contractId, volunteering.id(), ReturnStatus.SUBMITTED, null, null, 10))) {
      as(buyer, () -> returns.validate(contractId, r.id(), r.version()));
    }
  }

  private static ContractService.NewCommitment kpi(String measure, String title, String target) {
    return new ContractService.NewCommitment(
        measure,
        title,
        new BigDecimal(target),
        TargetPeriod.PER_YEAR,
        ReportingFrequency.QUARTERLY,
        WIRRAL,
        null,
        null,
        Commitment.Adjustments.NONE);
  }

  /** The supplier's STEM volunteering with the club: confirmed, adjusted once, shown by both. */
  private void partnership() {
    Caller business = caller(SUPPLIER, Roles.SUPPLIER);
    Caller club = caller(STEM_CLUB, Roles.VCFSE);
    PartnershipService.PartnershipView p =
        as(
            business,
            () ->
                partnerships.create(
                    new PartnershipService.NewPartnership(
                        STEM_CLUB,
                        "STEM workshops by employee volunteers (demo data)",
                        "Engineers run after-school workshops with the club's tutors.",
                        LocalDate.of(2025, 9, 1),
                        null,
                        "SVK-LOCAL",
                        "1",
                        ILLUSTRATIVE_SET,
                        List.of(
                            new PartnershipService.NewCommitment(
                                "LM-VOL-01", new BigDecimal("400")),
                            new PartnershipService.NewCommitment(
                                "LM-SKL-01", new BigDecimal("12"))))));
    String id = p.partnership().id();
    record Delivered(String measure, String quantity, LocalDate on, String adjustedTo) {}
    for (Delivered d :
        List.of(
            new Delivered("LM-VOL-01", "96", LocalDate.of(2025, 10, 31), null),
            new Delivered("LM-VOL-01", "120", LocalDate.of(2026, 2, 20), "104"),
            new Delivered("LM-SKL-01", "4", LocalDate.of(2026, 4, 10), null))) {
      PartnershipDelivery recorded =
          as(
              business,
              () ->
                  partnerships.recordDelivery(
                      id,
                      new PartnershipService.NewDelivery(
                          d.measure(), new BigDecimal(d.quantity()), d.on(), "Demo data.")));
      as(
          club,
          () ->
              d.adjustedTo() == null
                  ? partnerships.decide(
                      id,
                      recorded.id(),
                      recorded.version(),
                      PartnershipDeliveryStatus.CONFIRMED,
                      null,
                      null)
                  : partnerships.decide(
                      id,
                      recorded.id(),
                      recorded.version(),
                      PartnershipDeliveryStatus.ADJUSTED,
                      new BigDecimal(d.adjustedTo()),
                      "Two workshops were cancelled for snow."));
    }
    long version = as(business, () -> partnerships.get(id)).partnership().version();
    as(business, () -> partnerships.showPublicly(id, version, true));
    long next = as(club, () -> partnerships.get(id)).partnership().version();
    as(club, () -> partnerships.showPublicly(id, next, true));
  }

  /** Each story anchor assesses itself a year apart, and improves. */
  private void selfAssessments() {
    String[] codes = {
      "PLAN-1", "PLAN-2", "PLAN-3", "PROCURE-1", "PROCURE-2", "PROCURE-3",
      "MANAGE-1", "MANAGE-2", "MANAGE-3", "REVIEW-1", "REVIEW-2", "REVIEW-3"
    };
    int[][] levels = {{2, 2, 1, 3, 2, 2, 2, 2, 1, 1, 2, 1}, {3, 3, 2, 4, 3, 3, 3, 3, 2, 2, 3, 2}};
    for (String org : List.of(TRUST, COUNCIL)) {
      String place = org.equals(TRUST) ? WIRRAL : LIVERPOOL;
      for (int year = 0; year < 2; year++) {
        List<StatementScore> scores = new ArrayList<>();
        for (int s = 0; s < codes.length; s++) {
          scores.add(new StatementScore(codes[s], levels[year][s], "Board paper (demo data)"));
        }
        LocalDate on = LocalDate.of(2025 + year, 3, 31);
        as(
            caller(org, Roles.BUYER),
            () ->
                maturity.assess(
                    new MaturityService.NewAssessment(MATURITY_MODEL, on, place, scores)));
      }
    }
  }

  /** The quarters from the story's start that have ended by today. */
  private List<LocalDate> endedQuarters() {
    LocalDate today = Timestamps.today(clock);
    List<LocalDate> quarters = new ArrayList<>();
    for (LocalDate q = STORY_STARTS; q.plusMonths(3).isBefore(today); q = q.plusMonths(3)) {
      quarters.add(q);
    }
    return quarters;
  }

  private static EvidenceRef evidence(String path) {
    return new EvidenceRef(
        EvidenceRef.Kind.URL,
        "https://example.invalid/demo/" + path,
        null,
        "Demo evidence (fictional)");
  }

  private static Caller admin() {
    return new Caller("demo-seed", null, null, Set.of(Roles.PLATFORM_ADMIN));
  }

  private static Caller caller(String organisationId, String... roles) {
    return new Caller("demo-seed", organisationId, null, Set.of(roles));
  }

  /**
   * Runs one step of the story as {@code caller}, so the service applies its authorisation and
   * records who did it exactly as for a request; seeding otherwise runs as the system, which no
   * service accepts as an actor.
   */
  private static <T> T as(Caller caller, Supplier<T> step) {
    RequestContext context = RequestContext.current();
    context.authenticated(caller);
    try {
      return step.get();
    } finally {
      context.authenticated(null);
    }
  }

  private static void as(Caller caller, Runnable step) {
    as(
        caller,
        () -> {
          step.run();
          return null;
        });
  }
}
