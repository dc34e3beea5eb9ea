package uk.svkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import uk.svkit.sdk.RequestOptions;
import uk.svkit.sdk.Response;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.AuthenticationException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.models.Answer;
import uk.svkit.sdk.models.Bid;
import uk.svkit.sdk.models.BidEvaluation;
import uk.svkit.sdk.models.BidFlag;
import uk.svkit.sdk.models.BulkResult;
import uk.svkit.sdk.models.BulkReturnItem;
import uk.svkit.sdk.models.Commitment;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.CommitmentProgress;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitment;
import uk.svkit.sdk.models.ContractProgress;
import uk.svkit.sdk.models.CreateContractFromBidOptions;
import uk.svkit.sdk.models.CreateQuestionSetOptions;
import uk.svkit.sdk.models.CreateTenderOptions;
import uk.svkit.sdk.models.Dashboard;
import uk.svkit.sdk.models.DashboardContract;
import uk.svkit.sdk.models.DirectoryOrganisationHit;
import uk.svkit.sdk.models.DirectorySort;
import uk.svkit.sdk.models.Evaluation;
import uk.svkit.sdk.models.EvidenceKind;
import uk.svkit.sdk.models.EvidenceRef;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OverduePeriod;
import uk.svkit.sdk.models.ProxySet;
import uk.svkit.sdk.models.Question;
import uk.svkit.sdk.models.QuestionInput;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.QuestionType;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.ScoreAnswerOptions;
import uk.svkit.sdk.models.SearchDirectoryOptions;
import uk.svkit.sdk.models.SubmitBidOptions;
import uk.svkit.sdk.models.SubmitReturnOptions;
import uk.svkit.sdk.models.Tender;
import uk.svkit.sdk.models.ValueBasis;
import uk.svkit.sdk.models.ValueTrace;
import uk.svkit.sdk.models.ValueTraceTerm;

/**
 * A realistic vendor flow from tender to contract performance, meant to be read from top to bottom.
 * Three people take part, each with their own token and so their own {@link SvkitClient}:
 *
 * <ol>
 *   <li>the <b>buyer</b> (a council) drafts and publishes a social value question set, opens a
 *       tender on it and assigns an evaluator;
 *   <li>the <b>supplier</b> finds a VCFSE delivery partner, reads the tender's questions and bids
 *       with commitments;
 *   <li>after the deadline the <b>evaluator</b> scores every answer, and the buyer reads the
 *       evaluation and awards;
 *   <li>the buyer turns the winning bid into a contract whose KPIs are the bid's commitments; the
 *       supplier reports the first quarters in one bulk call; the buyer validates them and reads
 *       progress, the £ value and the dashboard.
 * </ol>
 *
 * <p>Configuration comes from the environment: {@code SVKIT_ENDPOINT} (default {@code
 * http://localhost:9080}), {@code SVKIT_BUYER_TOKEN}, {@code SVKIT_SUPPLIER_TOKEN}, {@code
 * SVKIT_EVALUATOR_TOKEN}, {@code SVKIT_EVALUATOR_SUBJECT} (the evaluator token's subject, which the
 * buyer names when assigning evaluators) and {@code SVKIT_DEADLINE_SECONDS} (default 10: how long
 * the tender stays open). Against the demo server ({@code SVKIT_DEMO=true}):
 *
 * <pre>
 * export SVKIT_BUYER_TOKEN=$(java liberty-server/demo/MintDemoToken.java --org GB-LAE-WRL --role buyer)
 * export SVKIT_SUPPLIER_TOKEN=$(java liberty-server/demo/MintDemoToken.java --org GB-COH-09900001 --role supplier)
 * export SVKIT_EVALUATOR_TOKEN=$(java liberty-server/demo/MintDemoToken.java --org GB-LAE-WRL --role evaluator --sub eva@wirral)
 * export SVKIT_EVALUATOR_SUBJECT=eva@wirral
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=uk.svkit.examples.VendorFlow
 * </pre>
 *
 * <p>Every run creates its own question set, tender and contract, with buyer references unique to
 * the run, so it can run again and again against the same server.
 */
public final class VendorFlow {

  private static final String DEFAULT_ENDPOINT = "http://localhost:9080";

  /** The framework the questions and KPIs come from: svkit's shipped local framework. */
  private static final String FRAMEWORK = "SVK-LOCAL";

  private static final String EDITION = "1";

  /** The illustrative proxy set shipped with svkit for SVK-LOCAL 1: £ per unit of each measure. */
  private static final String ILLUSTRATIVE_PROXY_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";

  /** Wirral (ONS local authority code): where the local jobs are to be created. */
  private static final String WIRRAL = "E08000015";

  private VendorFlow() {}

  public static void main(String[] args) throws InterruptedException {
    String endpoint = envOrDefault("SVKIT_ENDPOINT", DEFAULT_ENDPOINT);
    String buyerToken = System.getenv("SVKIT_BUYER_TOKEN");
    String supplierToken = System.getenv("SVKIT_SUPPLIER_TOKEN");
    String evaluatorToken = System.getenv("SVKIT_EVALUATOR_TOKEN");
    String evaluatorSubject = System.getenv("SVKIT_EVALUATOR_SUBJECT");
    if (isBlank(buyerToken)
        || isBlank(supplierToken)
        || isBlank(evaluatorToken)
        || isBlank(evaluatorSubject)) {
      printUsage();
      System.exit(2);
    }
    Duration untilDeadline =
        Duration.ofSeconds(Long.parseLong(envOrDefault("SVKIT_DEADLINE_SECONDS", "10")));

    // The buyer's own references must be unique among its tenders and contracts; a run id
    // keeps every run apart, so the example can run again on the same server.
    String run =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(OffsetDateTime.now())
            + "-"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    System.out.println("Run " + run + " against " + endpoint);

    // One client per credential: in a vendor's system each person (or service account)
    // calls svkit with their own token, and svkit checks what that role may do.
    try (SvkitClient buyer = client(endpoint, buyerToken);
        SvkitClient supplier = client(endpoint, supplierToken);
        SvkitClient evaluator = client(endpoint, evaluatorToken)) {

      // 1. The buyer prepares the tender.
      QuestionSet questionSet = draftAndPublishQuestionSet(buyer, run);
      Tender tender = openTender(buyer, questionSet, run, untilDeadline, evaluatorSubject);

      // 2 and 3. The supplier finds a delivery partner and bids.
      Organisation partner = findVcfsePartner(supplier);
      Bid bid = submitBid(supplier, tender.getId(), partner);

      // 4. After the deadline: scoring, evaluation and award.
      waitForDeadline(tender);
      scoreEveryAnswer(evaluator, tender.getId());
      String winningBidId = evaluateAndAward(buyer, tender.getId());

      // 5. The contract, its returns, and what the buyer sees of them.
      Contract contract = createContract(buyer, winningBidId, run);
      List<String> returnIds = submitFirstQuarters(supplier, contract);
      validateReturns(buyer, contract.getId(), returnIds);
      reportProgress(buyer, contract.getId());
      System.out.println(
          "Done: tender "
              + tender.getId()
              + ", bid "
              + bid.getId()
              + ", contract "
              + contract.getId());

    } catch (AuthenticationException e) {
      fail(
          "The server rejected a token (expired, or minted for another server?): "
              + e.getMessage());
    } catch (PermissionDeniedException e) {
      fail(
          "A token's role or organisation may not do this step (is each token minted with"
              + " the role its variable names?): "
              + e.getMessage());
    } catch (ConnectionException e) {
      fail("No answer from " + endpoint + ". Is the server running? " + e.getMessage());
    } catch (ApiException e) {
      // The field errors say exactly which input was refused; the request id is what the
      // service operator needs to find the call in their logs.
      StringBuilder detail = new StringBuilder();
      for (FieldError error : e.getErrors()) {
        detail
            .append(System.lineSeparator())
            .append("  ")
            .append(error.getField())
            .append(": ")
            .append(error.getMessage());
      }
      fail(
          "svkit refused a call (HTTP "
              + e.getStatusCode()
              + ", request "
              + e.getRequestId()
              + "): "
              + e.getMessage()
              + detail);
    }
  }

  // ---------------------------------------------------------------------------------------
  // 1. Buyer: question set and tender
  // ---------------------------------------------------------------------------------------

  /**
   * A question set is drafted, then published. Published sets never change, so every tender that
   * uses one is evaluated against exactly the questions its bidders saw. Commitment questions name
   * a framework measure: that is what lets svkit value the answers in £ and carry them into the
   * contract as KPIs. Weights are percentages and must add up to 100.
   */
  private static QuestionSet draftAndPublishQuestionSet(SvkitClient buyer, String run) {
    QuestionSet draft =
        buyer
            .questionSets()
            .createQuestionSet(
                CreateQuestionSetOptions.builder()
                    .title("Highways maintenance social value (" + run + ")")
                    .description("Local jobs, skills and how they will be delivered")
                    .frameworkCode(FRAMEWORK)
                    .edition(EDITION)
                    .addQuestion(
                        QuestionInput.builder("JOBS", QuestionType.COMMITMENT)
                            .text("How many local FTE jobs will you create for Wirral residents?")
                            .measureCode("LM-EMP-01")
                            .weight(new BigDecimal("40"))
                            .build())
                    .addQuestion(
                        QuestionInput.builder("TRAIN", QuestionType.COMMITMENT)
                            .text("How many weeks of training will you provide?")
                            .measureCode("LM-SKL-01")
                            .weight(new BigDecimal("25"))
                            .build())
                    .addQuestion(
                        QuestionInput.builder("HOW", QuestionType.METHOD_STATEMENT)
                            .text("How will you deliver and evidence these commitments?")
                            .guidance("Name your VCFSE partners and say how you will report.")
                            .maxWords(150)
                            .weight(new BigDecimal("35"))
                            .build())
                    .build());
    // Publishing checks the set is complete (weights, measures) and takes it as read
    // (If-Match: the draft's ETag), so a colleague's unseen edit is never published.
    QuestionSet published = buyer.questionSets().publishQuestionSet(draft);
    System.out.printf(
        "[buyer] Question set '%s' v%d %s (%d questions)%n",
        published.getTitle(),
        published.getVersionNumber(),
        published.getStatus(),
        published.getQuestions().size());
    return published;
  }

  /**
   * The tender binds the published question set, the proxy set that turns commitments into £, and
   * the share of the overall score that social value carries. Bids are sealed until the deadline;
   * only the evaluators assigned here may score them.
   */
  private static Tender openTender(
      SvkitClient buyer,
      QuestionSet questionSet,
      String run,
      Duration untilDeadline,
      String evaluatorSubject) {
    // Check the proxy set before binding it: its name and price year go into the tender file.
    ProxySet proxies = buyer.proxySets().getProxySet(ILLUSTRATIVE_PROXY_SET);
    System.out.printf(
        "[buyer] Proxy set '%s' (%s prices, %d values)%n",
        proxies.getName(), proxies.getPriceYear(), proxies.getValues().size());

    Tender tender =
        buyer
            .tenders()
            .createTender(
                CreateTenderOptions.builder()
                    .buyerTenderId("VF-" + run)
                    .title("Highways maintenance, Wirral (" + run + ")")
                    .questionSetId(questionSet.getId())
                    .proxySetId(proxies.getId())
                    .socialValueWeighting(new BigDecimal("20")) // 20 % of the overall score
                    .contractValue(new BigDecimal("1200000"))
                    .deadline(OffsetDateTime.now(ZoneOffset.UTC).plus(untilDeadline))
                    .build());
    // Assigning evaluators is an update: it takes the tender as read (If-Match).
    tender = buyer.tenders().assignEvaluators(tender, List.of(evaluatorSubject));
    System.out.printf(
        "[buyer] Tender %s %s, deadline %s, evaluators %s%n",
        tender.getBuyerTenderId(),
        tender.getStatus(),
        tender.getDeadline(),
        tender.getEvaluators());
    return tender;
  }

  // ---------------------------------------------------------------------------------------
  // 2 and 3. Supplier: a VCFSE partner and the bid
  // ---------------------------------------------------------------------------------------

  /**
   * "Search the directory": VCFSEs near the contract's area (10 km of CH41, Birkenhead), nearest
   * first, preferring ones with open needs on the noticeboard. The directory is public, so this
   * works with any token; results never carry contact details.
   */
  private static Organisation findVcfsePartner(SvkitClient supplier) {
    List<DirectoryOrganisationHit> nearby =
        supplier
            .directory()
            .searchOrganisations(
                SearchDirectoryOptions.builder()
                    .near("CH41")
                    .radiusKm(10)
                    .sort(DirectorySort.DISTANCE)
                    .build())
            .stream()
            .limit(5)
            .toList(); // lazy paging: only the first page is fetched
    System.out.println(
        "[supplier] VCFSEs within 10 km of CH41: "
            + nearby.stream()
                .map(
                    o ->
                        String.format(
                            "%s (%.1f km, %d open needs)",
                            o.getName(), o.getDistanceKm(), o.getOpenNeedCount()))
                .collect(Collectors.joining(", ")));
    if (nearby.isEmpty()) {
      System.out.println("[supplier] No VCFSE found nearby; bidding without a delivery partner");
      return null;
    }
    DirectoryOrganisationHit best =
        nearby.stream().filter(o -> o.getOpenNeedCount() > 0).findFirst().orElse(nearby.get(0));
    Organisation partner = supplier.organisations().getOrganisation(best.getId());
    System.out.println("[supplier] Delivery partner: " + partner.getName());
    return partner;
  }

  /**
   * The supplier reads the questions from the tender itself (the exact published version the tender
   * is bound to) and answers each one. A commitment is a quantity of the question's measure over a
   * period, optionally for a place and with a VCFSE partner.
   */
  private static Bid submitBid(SvkitClient supplier, String tenderId, Organisation partner) {
    QuestionSet questions = supplier.tenders().getTenderQuestionSet(tenderId);
    SubmitBidOptions.Builder bid = SubmitBidOptions.builder().price(new BigDecimal("1150000"));
    for (Question q : questions.getQuestions()) {
      if (QuestionType.COMMITMENT.equals(q.getType()) && "LM-EMP-01".equals(q.getMeasureCode())) {
        Commitment.Builder jobs =
            Commitment.builder(new BigDecimal("6"), CommitmentPeriod.WHOLE_CONTRACT)
                .placeCode(WIRRAL);
        if (partner != null) {
          jobs.vcfsePartnerOrganisationId(partner.getId()); // the named partner
        }
        bid.addAnswer(Answer.ofCommitment(q.getKey(), jobs.build()));
      } else if (QuestionType.COMMITMENT.equals(q.getType())) {
        bid.addAnswer(
            Answer.ofCommitment(
                q.getKey(),
                Commitment.builder(new BigDecimal("30"), CommitmentPeriod.WHOLE_CONTRACT).build()));
      } else if (QuestionType.METHOD_STATEMENT.equals(q.getType())) {
        // Stay within q.getMaxWords(): the server counts words and refuses longer text.
        bid.addAnswer(
            Answer.ofText(
                q.getKey(),
                "We recruit through the council's job"
                    + " brokerage and Wirral Met, deliver with "
                    + (partner == null ? "local VCFSE partners" : partner.getName())
                    + ", and report quarterly with evidence."));
      } else if (QuestionType.YES_NO.equals(q.getType())) {
        bid.addAnswer(Answer.ofYesNo(q.getKey(), true));
      }
    }
    Bid submitted = supplier.tenders().submitBid(tenderId, bid.build());
    System.out.printf(
        "[supplier] Bid %s revision %d, price £%s, %d answers%n",
        submitted.getId(),
        submitted.getRevision(),
        submitted.getPrice().toPlainString(),
        submitted.getAnswers().size());
    return submitted;
  }

  // ---------------------------------------------------------------------------------------
  // 4. Evaluator and buyer: scores, evaluation, award
  // ---------------------------------------------------------------------------------------

  /** Bids open only at the deadline: until then listing them is refused, even to the buyer. */
  private static void waitForDeadline(Tender tender) throws InterruptedException {
    long millis =
        Duration.between(OffsetDateTime.now(ZoneOffset.UTC), tender.getDeadline()).toMillis();
    if (millis > 0) {
      System.out.printf("Waiting %.1f s for the deadline...%n", millis / 1000.0);
      Thread.sleep(millis + 500);
    }
  }

  /**
   * Each assigned evaluator scores every answer of every bid independently, using one of the
   * question's rubric levels (the default rubric is 0, 25, 50, 75, 100). Where evaluators disagree
   * widely the buyer moderates; with one evaluator there is nothing to moderate.
   */
  private static void scoreEveryAnswer(SvkitClient evaluator, String tenderId) {
    List<Question> questions = evaluator.tenders().getTenderQuestionSet(tenderId).getQuestions();
    for (Bid bid : evaluator.tenders().listBids(tenderId)) {
      for (Question q : questions) {
        int score = QuestionType.METHOD_STATEMENT.equals(q.getType()) ? 75 : 100;
        evaluator
            .tenders()
            .scoreAnswer(
                tenderId,
                bid.getId(),
                q.getKey(),
                ScoreAnswerOptions.builder(score).comment("Scored by the example").build());
      }
      System.out.printf("[evaluator] Scored %d answers of bid %s%n", questions.size(), bid.getId());
    }
  }

  /**
   * The evaluation ranks the bids by weighted social value score and values each bid's commitments
   * in £ with the tender's proxy set. Flags point at what a human should look at (an unscored
   * answer, an outlying quantity, a value above the contract value).
   */
  private static String evaluateAndAward(SvkitClient buyer, String tenderId) {
    Evaluation evaluation = buyer.tenders().getEvaluation(tenderId);
    for (BidEvaluation b : evaluation.getBids()) { // best ranked first
      System.out.printf(
          "[buyer] Rank %d: bid %s, score %s%%, weighted %s of %s, commits"
              + " £%s (£%s per £1), flags %s%n",
          b.getRank(),
          b.getBidId(),
          plain(b.getScorePercent()),
          plain(b.getWeightedScore()),
          plain(evaluation.getSocialValueWeighting()),
          plain(b.getCommitmentValue()),
          plain(b.getValuePerPound()),
          b.getFlags().stream().map(VendorFlow::flag).toList());
    }
    if (!evaluation.isComplete() || evaluation.getBids().isEmpty()) {
      throw new IllegalStateException("The evaluation is not complete: see the flags above");
    }
    String winner = evaluation.getBids().get(0).getBidId();
    // Award takes the tender as read: re-read it for a current ETag (scoring changed nothing
    // on the tender, but a colleague might have).
    Tender awarded = buyer.tenders().awardTender(buyer.tenders().getTender(tenderId), winner);
    System.out.printf(
        "[buyer] Tender %s, awarded to bid %s%n", awarded.getStatus(), awarded.getAwardedBidId());
    return winner;
  }

  // ---------------------------------------------------------------------------------------
  // 5. Contract, returns, validation, progress
  // ---------------------------------------------------------------------------------------

  /**
   * The winning bid's commitments become the contract's KPIs, with the tender's proxy set, so the £
   * committed at award is the £ the contract is tracked against. The contract started a year ago
   * here, so that some quarterly returns are already due.
   */
  private static Contract createContract(SvkitClient buyer, String winningBidId, String run) {
    LocalDate start = LocalDate.now().minusYears(1).withDayOfMonth(1);
    Contract contract =
        buyer
            .contracts()
            .createContractFromBid(
                CreateContractFromBidOptions.builder()
                    .bidId(winningBidId)
                    .buyerContractId("VF-C-" + run)
                    .startDate(start)
                    .endDate(start.plusYears(3).minusDays(1))
                    .reportingFrequency(ReportingFrequency.QUARTERLY)
                    .build());
    System.out.printf(
        "[buyer] Contract %s, %s to %s, £%s%n",
        contract.getBuyerContractId(),
        contract.getStartDate(),
        contract.getEndDate(),
        plain(contract.getValue()));
    for (ContractCommitment kpi : contract.getCommitments()) {
      System.out.printf(
          "[buyer]   KPI %s %s %s %s, reported %s%s%n",
          kpi.getMeasureCode(),
          plain(kpi.getTargetQuantity()),
          kpi.getUnitLabel(),
          kpi.getPeriod(),
          kpi.getReportingFrequency(),
          kpi.getVcfsePartnerOrganisationId() == null
              ? ""
              : ", with VCFSE " + kpi.getVcfsePartnerOrganisationId());
    }
    return contract;
  }

  /**
   * The supplier asks which returns it owes (the overdue periods in the contract's progress) and
   * sends the first two quarters of every KPI in one all-or-nothing bulk call, as a supplier's own
   * system would at the end of a reporting run.
   *
   * <p>The Idempotency-Key is derived from the batch (contract and periods), not random: if the
   * supplier's system crashes after sending and sends the same batch again, svkit answers with the
   * original result instead of recording the returns twice.
   */
  private static List<String> submitFirstQuarters(SvkitClient supplier, Contract contract) {
    ContractProgress owed = supplier.contracts().getContractProgress(contract.getId());
    List<BulkReturnItem> batch = new ArrayList<>();
    List<LocalDate> periodEnds = new ArrayList<>();
    for (CommitmentProgress kpi : owed.getCommitments()) {
      ContractCommitment commitment =
          contract.getCommitments().stream()
              .filter(c -> c.getId().equals(kpi.getCommitmentId()))
              .findFirst()
              .orElseThrow();
      // A whole-contract target over 12 quarters: report a quarter's share each time.
      BigDecimal perQuarter =
          commitment.getTargetQuantity().divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
      for (OverduePeriod period :
          kpi.getOverduePeriods().stream()
              .sorted(Comparator.comparing(OverduePeriod::getPeriodStart))
              .limit(2)
              .toList()) {
        batch.add(
            BulkReturnItem.of(
                contract.getId(),
                kpi.getCommitmentId(),
                SubmitReturnOptions.builder(
                        period.getPeriodStart(), period.getPeriodEnd(), perQuarter)
                    .narrative("Quarter to " + period.getPeriodEnd())
                    .addEvidence(
                        EvidenceRef.builder(
                                EvidenceKind.URL,
                                "https://supplier.example/evidence/"
                                    + contract.getId()
                                    + "/"
                                    + period.getPeriodEnd())
                            .build())
                    .build()));
        periodEnds.add(period.getPeriodEnd());
      }
    }
    String key =
        "returns-"
            + contract.getId()
            + "-"
            + periodEnds.stream()
                .distinct()
                .sorted()
                .map(LocalDate::toString)
                .collect(Collectors.joining("-"));
    RequestOptions options = RequestOptions.builder().idempotencyKey(key).build();

    Response<BulkResult> first = supplier.contracts().submitReturnsWithResponse(batch, options);
    System.out.printf(
        "[supplier] Bulk returns for %d KPIs, quarters ending %s: %d accepted"
            + " (HTTP %d, Idempotency-Key %s)%n",
        owed.getCommitments().size(),
        periodEnds.stream().distinct().sorted().toList(),
        first.getValue().getAccepted(),
        first.getStatusCode(),
        key);

    // A retry with the same key and body is safe: the server replays the first answer and
    // records nothing new. (The same key with a different body is refused.)
    Response<BulkResult> retry = supplier.contracts().submitReturnsWithResponse(batch, options);
    System.out.printf(
        "[supplier] Retried with the same Idempotency-Key: Idempotent-Replayed=%s,"
            + " same return ids: %s%n",
        retry.getHeader("Idempotent-Replayed"),
        retry.getValue().getReturnIds().equals(first.getValue().getReturnIds()));
    return first.getValue().getReturnIds();
  }

  /**
   * The buyer reviews each return. Validation takes the return as read (If-Match), so read it
   * first: a supplier's correction in between is never validated by mistake. Only validated returns
   * count as delivered.
   */
  private static void validateReturns(
      SvkitClient buyer, String contractId, List<String> returnIds) {
    for (String returnId : returnIds) {
      buyer.contracts().validateReturn(buyer.contracts().getReturn(contractId, returnId));
    }
    System.out.printf("[buyer] Validated %d returns%n", returnIds.size());
  }

  /**
   * What the buyer reports on: progress against the pro-rated targets with a rating per KPI, the
   * returns still owed, the £ value with its term-by-term trace (quantity x proxy value x
   * adjustments), and the organisation-wide dashboard.
   */
  private static void reportProgress(SvkitClient buyer, String contractId) {
    ContractProgress progress = buyer.contracts().getContractProgress(contractId);
    System.out.printf(
        "[buyer] Progress as of %s (%s%% of the contract elapsed): %s," + " %d returns overdue%n",
        progress.getAsOf(),
        plain(progress.getElapsedShare().movePointRight(2)),
        progress.getRating(),
        progress.getOverdueReturns());
    for (CommitmentProgress kpi : progress.getCommitments()) {
      System.out.printf(
          "[buyer]   %s: validated %s of %s expected by now (target %s %s)," + " %s, overdue %s%n",
          kpi.getMeasureCode(),
          plain(kpi.getValidated()),
          plain(kpi.getExpectedToDate()),
          plain(kpi.getTarget()),
          kpi.getUnitLabel(),
          kpi.getRating(),
          kpi.getOverduePeriods().stream()
              .map(
                  p -> p.getPeriodStart() + ".." + p.getPeriodEnd() + " (due " + p.getDueBy() + ")")
              .toList());
    }

    ValueTrace committed = buyer.contracts().getContractValue(contractId, ValueBasis.COMMITTED);
    ValueTrace validated = buyer.contracts().getContractValue(contractId, ValueBasis.VALIDATED);
    System.out.printf(
        "[buyer] Social value: £%s committed, £%s validated so far%n",
        plain(committed.getTotal()), plain(validated.getTotal()));
    for (ValueTraceTerm t : validated.getTerms()) {
      // A multiplier (such as a local multiplier) and an adjustment factor (deadweight,
      // attribution, displacement, drop-off) appear only where they apply.
      System.out.printf(
          "[buyer]   %s: %s %s x £%s%s%s = £%s%s%n",
          t.getMeasureCode(),
          plain(t.getQuantity()),
          t.getUnitLabel(),
          plain(t.getValuePerUnit()),
          t.getMultiplier() == null ? "" : " x " + plain(t.getMultiplier()),
          t.getAdjustmentFactor() == null ? "" : " x " + plain(t.getAdjustmentFactor()),
          plain(t.getValue()),
          t.getNote() == null ? "" : " (" + t.getNote() + ")");
    }

    Dashboard dashboard = buyer.dashboards().getBuyerDashboard();
    System.out.printf(
        "[buyer] Dashboard, all contracts: £%s committed, £%s claimed," + " £%s validated%n",
        plain(dashboard.getTotals().getCommittedValue()),
        plain(dashboard.getTotals().getClaimedValue()),
        plain(dashboard.getTotals().getValidatedValue()));
    List<DashboardContract> atRisk = dashboard.getAtRiskContracts();
    System.out.printf(
        "[buyer]   Contracts at risk: %d%s%n",
        atRisk.size(),
        atRisk.isEmpty()
            ? ""
            : ", e.g. " + atRisk.get(0).getTitle() + " (" + atRisk.get(0).getRating() + ")");
  }

  // ---------------------------------------------------------------------------------------
  // Plumbing
  // ---------------------------------------------------------------------------------------

  private static SvkitClient client(String endpoint, String token) {
    return SvkitClient.builder()
        .endpoint(endpoint)
        .credential(token.trim())
        .applicationId("svkit-vendor-flow")
        .build();
  }

  private static String flag(BidFlag f) {
    return f.getCode() + (f.getQuestionKey() == null ? "" : " " + f.getQuestionKey());
  }

  /** Money and quantities without trailing zeros or exponent; "-" when absent. */
  private static String plain(BigDecimal value) {
    return value == null ? "-" : value.stripTrailingZeros().toPlainString();
  }

  private static void printUsage() {
    Map<String, String> mint =
        Map.of(
            "SVKIT_BUYER_TOKEN", "--org GB-LAE-WRL --role buyer",
            "SVKIT_SUPPLIER_TOKEN", "--org GB-COH-09900001 --role supplier",
            "SVKIT_EVALUATOR_TOKEN", "--org GB-LAE-WRL --role evaluator --sub eva@wirral");
    System.err.println(
        "Set one bearer token per role, and the evaluator token's subject."
            + " For the demo server (SVKIT_DEMO=true), from the repository root:");
    for (String name :
        List.of("SVKIT_BUYER_TOKEN", "SVKIT_SUPPLIER_TOKEN", "SVKIT_EVALUATOR_TOKEN")) {
      System.err.printf(
          "  export %s=$(java liberty-server/demo/MintDemoToken.java %s)%s%n",
          name, mint.get(name), isBlank(System.getenv(name)) ? "   # missing" : "");
    }
    System.err.println(
        "  export SVKIT_EVALUATOR_SUBJECT=eva@wirral"
            + (isBlank(System.getenv("SVKIT_EVALUATOR_SUBJECT")) ? "   # missing" : ""));
    System.err.println(
        "Optional: SVKIT_ENDPOINT (default "
            + DEFAULT_ENDPOINT
            + "), SVKIT_DEADLINE_SECONDS (default 10).");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String envOrDefault(String name, String defaultValue) {
    String value = System.getenv(name);
    return isBlank(value) ? defaultValue : value.trim();
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }
}
