package uk.svkit.sdk;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.Answer;
import uk.svkit.sdk.models.Bid;
import uk.svkit.sdk.models.BidRevision;
import uk.svkit.sdk.models.BidScores;
import uk.svkit.sdk.models.Commitment;
import uk.svkit.sdk.models.CreateTenderOptions;
import uk.svkit.sdk.models.Evaluation;
import uk.svkit.sdk.models.ListBidsOptions;
import uk.svkit.sdk.models.ListTendersOptions;
import uk.svkit.sdk.models.ModerateAnswerOptions;
import uk.svkit.sdk.models.Moderation;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.Score;
import uk.svkit.sdk.models.ScoreAnswerOptions;
import uk.svkit.sdk.models.SubmitBidOptions;
import uk.svkit.sdk.models.Tender;

/**
 * Tenders, with their bids and evaluation. Obtain from {@link SvkitClient#tenders()}; thread-safe.
 *
 * <p>A buyer {@linkplain #createTender(CreateTenderOptions) creates} a tender on a published
 * question set. Until the deadline it is open: suppliers {@linkplain #submitBid(String,
 * SubmitBidOptions) submit} and {@linkplain #reviseBid(Bid, SubmitBidOptions) revise} sealed bids.
 * After it, the assigned evaluators {@linkplain #scoreAnswer(String, String, String,
 * ScoreAnswerOptions) score} each answer, the buyer {@linkplain #moderateAnswer(String, String,
 * String, ModerateAnswerOptions) moderates} disagreements, the {@linkplain #getEvaluation(String)
 * evaluation} ranks the bids, and once it is complete the buyer {@linkplain #awardTender(Tender,
 * String) awards} the tender.
 *
 * <p>Bids and evaluation belong to this client rather than areas of their own because, like every
 * area, it covers one collection of the API and everything below it: they are all under {@code
 * /tenders/{tenderId}} and cannot be addressed without the tender.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException} (such as a supplier scoring, or an evaluator
 * not assigned to the tender), {@link uk.svkit.sdk.exception.RateLimitException}, {@link
 * uk.svkit.sdk.exception.ServerException} and {@link ConnectionException}.
 */
public final class TendersClient {

  private static final String TENDERS = "tenders";
  private static final String BIDS = "bids";

  private final Operations ops;

  TendersClient(Operations ops) {
    this.ops = ops;
  }

  // ---- Tenders ------------------------------------------------------------------------------

  /**
   * Creates an open tender. A random {@code Idempotency-Key} is sent, so the call is retried safely
   * after transient failures.
   *
   * @param options the new tender
   * @return the created tender, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input (such as a malformed OCID)
   * @throws BusinessRuleException if a business rule rejects the tender: the question set is not
   *     published, the social value weighting is below the minimum, the proxy set is of another
   *     edition, or the deadline is not in the future; {@link BusinessRuleException#getErrors()}
   *     names the field
   * @throws ConflictException if the buyer already has a tender with this {@code buyerTenderId}
   * @throws NotFoundException if no such question set or proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender createTender(CreateTenderOptions options) {
    return createTenderWithResponse(options, null).getValue();
  }

  /**
   * Creates an open tender with per-call options, such as your own idempotency key.
   *
   * @param options the new tender
   * @param requestOptions per-call options, or {@code null}
   * @return the created tender, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if a business rule rejects the tender, or the idempotency key was
   *     used before with a different body
   * @throws ConflictException if the buyer already has a tender with this {@code buyerTenderId}
   * @throws NotFoundException if no such question set or proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender createTender(CreateTenderOptions options, RequestOptions requestOptions) {
    return createTenderWithResponse(options, requestOptions).getValue();
  }

  /**
   * Creates an open tender and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param options the new tender
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if a business rule rejects the tender, or the idempotency key was
   *     used before with a different body
   * @throws ConflictException if the buyer already has a tender with this {@code buyerTenderId}
   * @throws NotFoundException if no such question set or proxy set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Tender> createTenderWithResponse(
      CreateTenderOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("buyerTenderId", options.getBuyerTenderId());
    putIfSet(body, "ocid", options.getOcid());
    body.put("title", options.getTitle());
    body.put("questionSetId", options.getQuestionSetId());
    putIfSet(body, "proxySetId", options.getProxySetId());
    body.put("socialValueWeighting", options.getSocialValueWeighting());
    body.put("contractValue", options.getContractValue());
    putIfSet(body, "currency", options.getCurrency());
    body.put("deadline", timestamp(options.getDeadline()));
    return ops.send(
        HttpRequest.post(ops.url(TENDERS).build(), ops.toJson(body), true).options(requestOptions),
        Tender.class);
  }

  /**
   * Lists all tenders visible to the caller, by deadline: a buyer's own, those an evaluator is
   * assigned to, or for a supplier the open tenders of every buyer.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Tender> listTenders() {
    return listTenders(ListTendersOptions.builder().build(), null);
  }

  /**
   * Lists the tenders visible to the caller, filtered by status.
   *
   * @param options status filter and page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Tender> listTenders(ListTendersOptions options) {
    return listTenders(options, null);
  }

  /**
   * Lists the tenders visible to the caller, with per-call options applied to every page. Items
   * carry no ETag.
   *
   * @param options status filter and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Tender> listTenders(
      ListTendersOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(TENDERS)
            .query("status", options.getStatus())
            .query("limit", options.getLimit())
            .build(),
        Tender.class,
        requestOptions);
  }

  /**
   * Returns one tender.
   *
   * @param tenderId the tender id
   * @return the tender, with its ETag
   * @throws NullPointerException if {@code tenderId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender getTender(String tenderId) {
    return getTenderWithResponse(tenderId, null).getValue();
  }

  /**
   * Returns one tender with the HTTP details.
   *
   * @param tenderId the tender id
   * @param requestOptions per-call options, or {@code null}; {@code ifNoneMatch} makes the read
   *     conditional
   * @return the response; its value is {@code null} on 304
   * @throws NullPointerException if {@code tenderId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Tender> getTenderWithResponse(String tenderId, RequestOptions requestOptions) {
    return ops.send(HttpRequest.get(tenderUrl(tenderId)).options(requestOptions), Tender.class);
  }

  /**
   * Returns the question set a tender's bids answer, in the version bound to the tender. Anyone who
   * can see the tender can read it, even without access to the set itself.
   *
   * @param tenderId the tender id
   * @return the question set
   * @throws NullPointerException if {@code tenderId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet getTenderQuestionSet(String tenderId) {
    return getTenderQuestionSetWithResponse(tenderId, null).getValue();
  }

  /**
   * Returns the question set of a tender with the HTTP details.
   *
   * @param tenderId the tender id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code tenderId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<QuestionSet> getTenderQuestionSetWithResponse(
      String tenderId, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url(TENDERS, Operations.pathSegment(tenderId, "tenderId"), "question-set")
                    .build())
            .options(requestOptions),
        QuestionSet.class);
  }

  /**
   * Moves the deadline of an open tender, provided the tender is still at the version the ETag
   * names.
   *
   * @param tenderId the tender id
   * @param deadline the new deadline, in the future
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the updated tender, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} or {@code ifMatchETag} is blank
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ConflictException if the tender is no longer open
   * @throws BusinessRuleException if the deadline is not in the future
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender changeTenderDeadline(String tenderId, OffsetDateTime deadline, String ifMatchETag) {
    return changeTenderDeadlineWithResponse(tenderId, deadline, ifMatchETag, null).getValue();
  }

  /**
   * Moves the deadline of an open tender read earlier, using its id and ETag.
   *
   * @param current the tender as returned by get, create or a change (not by a list)
   * @param deadline the new deadline, in the future
   * @return the updated tender, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ConflictException if the tender is no longer open
   * @throws BusinessRuleException if the deadline is not in the future
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender changeTenderDeadline(Tender current, OffsetDateTime deadline) {
    Objects.requireNonNull(current, "current");
    return changeTenderDeadline(current.getId(), deadline, eTagOf(current));
  }

  /**
   * Moves the deadline of an open tender and returns the HTTP details.
   *
   * @param tenderId the tender id
   * @param deadline the new deadline, in the future
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code tenderId}, {@code deadline} or {@code ifMatchETag} is
   *     {@code null}
   * @throws IllegalArgumentException if {@code tenderId} or {@code ifMatchETag} is blank, or {@code
   *     requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ConflictException if the tender is no longer open
   * @throws BusinessRuleException if the deadline is not in the future
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Tender> changeTenderDeadlineWithResponse(
      String tenderId, OffsetDateTime deadline, String ifMatchETag, RequestOptions requestOptions) {
    Operations.pathSegment(tenderId, "tenderId");
    Objects.requireNonNull(deadline, "deadline");
    Operations.requireETag(ifMatchETag, "tender");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deadline", timestamp(deadline));
    return ops.send(
        HttpRequest.put(ops.url(TENDERS, tenderId, "deadline").build(), ops.toJson(body))
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Tender.class);
  }

  /**
   * Sets the evaluators who score a tender's bids, replacing those assigned before, provided the
   * tender is still at the version the ETag names.
   *
   * @param tenderId the tender id
   * @param evaluators the evaluators' token subjects, up to 50
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the updated tender, with its new ETag
   * @throws NullPointerException if an argument or an evaluator is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} or {@code ifMatchETag} is blank
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ValidationException if the server rejects the list (such as more than 50)
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender assignEvaluators(String tenderId, List<String> evaluators, String ifMatchETag) {
    return assignEvaluatorsWithResponse(tenderId, evaluators, ifMatchETag, null).getValue();
  }

  /**
   * Sets the evaluators of a tender read earlier, using its id and ETag.
   *
   * @param current the tender as returned by get, create or a change (not by a list)
   * @param evaluators the evaluators' token subjects, up to 50
   * @return the updated tender, with its new ETag
   * @throws NullPointerException if an argument or an evaluator is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ValidationException if the server rejects the list
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender assignEvaluators(Tender current, List<String> evaluators) {
    Objects.requireNonNull(current, "current");
    return assignEvaluators(current.getId(), evaluators, eTagOf(current));
  }

  /**
   * Sets the evaluators of a tender and returns the HTTP details.
   *
   * @param tenderId the tender id
   * @param evaluators the evaluators' token subjects, up to 50
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code tenderId}, {@code evaluators}, an evaluator or {@code
   *     ifMatchETag} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} or {@code ifMatchETag} is blank, or {@code
   *     requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ValidationException if the server rejects the list
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Tender> assignEvaluatorsWithResponse(
      String tenderId, List<String> evaluators, String ifMatchETag, RequestOptions requestOptions) {
    Operations.pathSegment(tenderId, "tenderId");
    Objects.requireNonNull(evaluators, "evaluators");
    List<String> subjects = new ArrayList<>();
    for (String e : evaluators) {
      subjects.add(Objects.requireNonNull(e, "evaluators must not contain null"));
    }
    Operations.requireETag(ifMatchETag, "tender");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("evaluators", subjects);
    return ops.send(
        HttpRequest.put(ops.url(TENDERS, tenderId, "evaluators").build(), ops.toJson(body))
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Tender.class);
  }

  /**
   * Awards a closed tender to one of its bids, provided the evaluation is complete and the tender
   * is still at the version the ETag names.
   *
   * @param tenderId the tender id
   * @param bidId the winning bid
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the awarded tender, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ConflictException if the tender is not closed, or its evaluation is not complete
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender awardTender(String tenderId, String bidId, String ifMatchETag) {
    return awardTenderWithResponse(tenderId, bidId, ifMatchETag, null).getValue();
  }

  /**
   * Awards a tender read earlier to one of its bids, using its id and ETag.
   *
   * @param current the tender as returned by get or a change (not by a list)
   * @param bidId the winning bid
   * @return the awarded tender, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag, or {@code bidId} is blank
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ConflictException if the tender is not closed, or its evaluation is not complete
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Tender awardTender(Tender current, String bidId) {
    Objects.requireNonNull(current, "current");
    return awardTender(current.getId(), bidId, eTagOf(current));
  }

  /**
   * Awards a tender and returns the HTTP details.
   *
   * @param tenderId the tender id
   * @param bidId the winning bid
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code tenderId}, {@code bidId} or {@code ifMatchETag} is
   *     {@code null}
   * @throws IllegalArgumentException if {@code tenderId}, {@code bidId} or {@code ifMatchETag} is
   *     blank, or {@code requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the tender changed since it was read (412)
   * @throws ConflictException if the tender is not closed, or its evaluation is not complete
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Tender> awardTenderWithResponse(
      String tenderId, String bidId, String ifMatchETag, RequestOptions requestOptions) {
    Operations.pathSegment(tenderId, "tenderId");
    Operations.pathSegment(bidId, "bidId");
    Operations.requireETag(ifMatchETag, "tender");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("bidId", bidId);
    // Not creating: no automatic Idempotency-Key. Repeating it by hand is safe, as the
    // If-Match then fails rather than awarding twice.
    return ops.send(
        HttpRequest.post(ops.url(TENDERS, tenderId, "award").build(), ops.toJson(body), false)
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Tender.class);
  }

  // ---- Bids ---------------------------------------------------------------------------------

  /**
   * Submits the caller's bid for an open tender (revision 1). A random {@code Idempotency-Key} is
   * sent, so the call is retried safely after transient failures.
   *
   * @param tenderId the tender id
   * @param options the price and answers
   * @return the submitted bid, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws BusinessRuleException if answers do not fit the questions (a question unanswered or
   *     answered twice, a value of the wrong type, an option not offered); {@link
   *     BusinessRuleException#getErrors()} names them, such as {@code answers[2].commitment}
   * @throws ConflictException if the deadline has passed, or the supplier already has a bid (revise
   *     it instead)
   * @throws ValidationException if the server rejects the input (such as a price of 0)
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Bid submitBid(String tenderId, SubmitBidOptions options) {
    return submitBidWithResponse(tenderId, options, null).getValue();
  }

  /**
   * Submits the caller's bid with per-call options, such as your own idempotency key.
   *
   * @param tenderId the tender id
   * @param options the price and answers
   * @param requestOptions per-call options, or {@code null}
   * @return the submitted bid, with its ETag
   * @throws NullPointerException if {@code tenderId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws BusinessRuleException if answers do not fit the questions, or the idempotency key was
   *     used before with a different body
   * @throws ConflictException if the deadline has passed, or the supplier already has a bid
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Bid submitBid(String tenderId, SubmitBidOptions options, RequestOptions requestOptions) {
    return submitBidWithResponse(tenderId, options, requestOptions).getValue();
  }

  /**
   * Submits the caller's bid and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param tenderId the tender id
   * @param options the price and answers
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code tenderId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws BusinessRuleException if answers do not fit the questions, or the idempotency key was
   *     used before with a different body
   * @throws ConflictException if the deadline has passed, or the supplier already has a bid
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Bid> submitBidWithResponse(
      String tenderId, SubmitBidOptions options, RequestOptions requestOptions) {
    Operations.pathSegment(tenderId, "tenderId");
    Objects.requireNonNull(options, "options");
    return ops.send(
        HttpRequest.post(
                ops.url(TENDERS, tenderId, BIDS).build(), ops.toJson(bidBody(options)), true)
            .options(requestOptions),
        Bid.class);
  }

  /**
   * Lists the bids of a tender: a supplier sees only its own; the buyer and the assigned evaluators
   * see all of them once the deadline has passed.
   *
   * @param tenderId the tender id
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code tenderId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws ConflictException during iteration if the buyer or an evaluator lists the bids before
   *     the deadline (they are sealed)
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Bid> listBids(String tenderId) {
    return listBids(tenderId, ListBidsOptions.builder().build(), null);
  }

  /**
   * Lists the bids of a tender with the given page size.
   *
   * @param tenderId the tender id
   * @param options page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws ConflictException during iteration if the bids are still sealed to the caller
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Bid> listBids(String tenderId, ListBidsOptions options) {
    return listBids(tenderId, options, null);
  }

  /**
   * Lists the bids of a tender, with per-call options applied to every page. Items carry no ETag.
   *
   * @param tenderId the tender id
   * @param options page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code tenderId} or {@code options} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws ConflictException during iteration if the bids are still sealed to the caller
   * @throws ApiException during iteration if the server answers with another error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<Bid> listBids(
      String tenderId, ListBidsOptions options, RequestOptions requestOptions) {
    Operations.pathSegment(tenderId, "tenderId");
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(TENDERS, tenderId, BIDS).query("limit", options.getLimit()).build(),
        Bid.class,
        requestOptions);
  }

  /**
   * Returns one bid: a supplier's own at any time, any bid to the buyer and the assigned evaluators
   * after the deadline.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @return the bid, with its ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Bid getBid(String tenderId, String bidId) {
    return getBidWithResponse(tenderId, bidId, null).getValue();
  }

  /**
   * Returns one bid with the HTTP details.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param requestOptions per-call options, or {@code null}; {@code ifNoneMatch} makes the read
   *     conditional
   * @return the response; its value is {@code null} on 304
   * @throws NullPointerException if {@code tenderId} or {@code bidId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} or {@code bidId} is blank
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Bid> getBidWithResponse(
      String tenderId, String bidId, RequestOptions requestOptions) {
    return ops.send(HttpRequest.get(bidUrl(tenderId, bidId)).options(requestOptions), Bid.class);
  }

  /**
   * Replaces the caller's bid with a new revision before the deadline, provided it is still at the
   * revision the ETag names. The earlier revisions are kept.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param options the new price and answers
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the revised bid, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code tenderId}, {@code bidId} or {@code ifMatchETag} is
   *     blank
   * @throws ConflictException if the deadline has passed
   * @throws PreconditionFailedException if the bid changed since it was read (412)
   * @throws BusinessRuleException if answers do not fit the questions; {@link
   *     BusinessRuleException#getErrors()} names them
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Bid reviseBid(
      String tenderId, String bidId, SubmitBidOptions options, String ifMatchETag) {
    return reviseBidWithResponse(tenderId, bidId, options, ifMatchETag, null).getValue();
  }

  /**
   * Replaces a bid read earlier with a new revision, using its ids and ETag.
   *
   * @param current the bid as returned by get, submit or revise (not by a list)
   * @param options the new price and answers; see {@link SubmitBidOptions#builder(Bid)}
   * @return the revised bid, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws ConflictException if the deadline has passed
   * @throws PreconditionFailedException if the bid changed since it was read (412)
   * @throws BusinessRuleException if answers do not fit the questions
   * @throws ValidationException if the server rejects the input
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Bid reviseBid(Bid current, SubmitBidOptions options) {
    Objects.requireNonNull(current, "current");
    String eTag =
        Operations.eTagOf(current.getETag(), "Bid", current.getId(), "getBid(tenderId, bidId)");
    return reviseBid(current.getTenderId(), current.getId(), options, eTag);
  }

  /**
   * Replaces a bid with a new revision and returns the HTTP details.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param options the new price and answers
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code tenderId}, {@code bidId}, {@code options} or {@code
   *     ifMatchETag} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId}, {@code bidId} or {@code ifMatchETag} is
   *     blank, or {@code requestOptions} carries a different {@code If-Match}
   * @throws ConflictException if the deadline has passed
   * @throws PreconditionFailedException if the bid changed since it was read (412)
   * @throws BusinessRuleException if answers do not fit the questions
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Bid> reviseBidWithResponse(
      String tenderId,
      String bidId,
      SubmitBidOptions options,
      String ifMatchETag,
      RequestOptions requestOptions) {
    URI url = bidUrl(tenderId, bidId);
    Objects.requireNonNull(options, "options");
    Operations.requireETag(ifMatchETag, "bid");
    return ops.send(
        HttpRequest.put(url, ops.toJson(bidBody(options)))
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        Bid.class);
  }

  /**
   * Returns every revision of a bid, oldest first. Not paged: a bid has few revisions, and the
   * service returns them in one response.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @return an unmodifiable list
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   * @deprecated use {@link #listBidRevisions(String, String, RequestOptions)}, which returns a
   *     {@link PagedIterable} like every other list operation
   */
  @Deprecated(since = "0.2.0")
  public List<BidRevision> listBidRevisions(String tenderId, String bidId) {
    return listBidRevisionsWithResponse(tenderId, bidId, null).getValue();
  }

  /**
   * Lists every revision of a bid, oldest first, as a {@link PagedIterable} like every other list
   * operation (the server returns them in one page).
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy list of revisions; nothing is sent until iteration
   * @throws NullPointerException if {@code tenderId} or {@code bidId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} or {@code bidId} is blank
   */
  public PagedIterable<BidRevision> listBidRevisions(
      String tenderId, String bidId, RequestOptions requestOptions) {
    return ops.listOnePage(
        ops.url(
                TENDERS,
                Operations.pathSegment(tenderId, "tenderId"),
                BIDS,
                Operations.pathSegment(bidId, "bidId"),
                "revisions")
            .build(),
        BidRevision.class,
        requestOptions);
  }

  /**
   * Returns every revision of a bid with the HTTP details.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param requestOptions per-call options, or {@code null}
   * @return the response, whose value is an unmodifiable list, oldest first
   * @throws NullPointerException if {@code tenderId} or {@code bidId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} or {@code bidId} is blank
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<List<BidRevision>> listBidRevisionsWithResponse(
      String tenderId, String bidId, RequestOptions requestOptions) {
    return ops.sendForList(
        HttpRequest.get(
                ops.url(
                        TENDERS,
                        Operations.pathSegment(tenderId, "tenderId"),
                        BIDS,
                        Operations.pathSegment(bidId, "bidId"),
                        "revisions")
                    .build())
            .options(requestOptions),
        BidRevision.class);
  }

  // ---- Evaluation ---------------------------------------------------------------------------

  /**
   * Records the caller's score for one answer of a bid, replacing the caller's earlier score for
   * it. Only evaluators assigned to the tender may score, after the deadline.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param questionKey the key of the question whose answer is scored
   * @param options the score and comment
   * @return the recorded score
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code tenderId}, {@code bidId} or {@code questionKey} is
   *     blank
   * @throws ConflictException if the deadline has not passed, or the tender is awarded
   * @throws BusinessRuleException if the score is not one of the question's rubric scores
   * @throws ValidationException if the server rejects the input (such as a long comment)
   * @throws NotFoundException if no such bid or question is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Score scoreAnswer(
      String tenderId, String bidId, String questionKey, ScoreAnswerOptions options) {
    return scoreAnswerWithResponse(tenderId, bidId, questionKey, options, null).getValue();
  }

  /**
   * Records the caller's score for one answer and returns the HTTP details.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param questionKey the key of the question whose answer is scored
   * @param options the score and comment
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code tenderId}, {@code bidId}, {@code questionKey} or {@code
   *     options} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId}, {@code bidId} or {@code questionKey} is
   *     blank
   * @throws ConflictException if the deadline has not passed, or the tender is awarded
   * @throws BusinessRuleException if the score is not one of the question's rubric scores
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such bid or question is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Score> scoreAnswerWithResponse(
      String tenderId,
      String bidId,
      String questionKey,
      ScoreAnswerOptions options,
      RequestOptions requestOptions) {
    URI url = answerUrl(tenderId, bidId, "scores", questionKey);
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("score", options.getScore());
    putIfSet(body, "comment", options.getComment());
    return ops.send(HttpRequest.put(url, ops.toJson(body)).options(requestOptions), Score.class);
  }

  /**
   * Records the buyer's final score for one answer of a bid, settling a disagreement between
   * evaluators, and replaces an earlier moderation of it.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param questionKey the key of the question whose answer is moderated
   * @param options the final score and rationale
   * @return the recorded moderation
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code tenderId}, {@code bidId} or {@code questionKey} is
   *     blank
   * @throws ConflictException if the deadline has not passed, or the tender is awarded
   * @throws BusinessRuleException if the score is not one of the question's rubric scores
   * @throws ValidationException if the server rejects the input (such as a blank rationale)
   * @throws NotFoundException if no such bid or question is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Moderation moderateAnswer(
      String tenderId, String bidId, String questionKey, ModerateAnswerOptions options) {
    return moderateAnswerWithResponse(tenderId, bidId, questionKey, options, null).getValue();
  }

  /**
   * Records the buyer's final score for one answer and returns the HTTP details.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param questionKey the key of the question whose answer is moderated
   * @param options the final score and rationale
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code tenderId}, {@code bidId}, {@code questionKey} or {@code
   *     options} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId}, {@code bidId} or {@code questionKey} is
   *     blank
   * @throws ConflictException if the deadline has not passed, or the tender is awarded
   * @throws BusinessRuleException if the score is not one of the question's rubric scores
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such bid or question is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Moderation> moderateAnswerWithResponse(
      String tenderId,
      String bidId,
      String questionKey,
      ModerateAnswerOptions options,
      RequestOptions requestOptions) {
    URI url = answerUrl(tenderId, bidId, "moderations", questionKey);
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("score", options.getScore());
    body.put("rationale", options.getRationale());
    return ops.send(
        HttpRequest.put(url, ops.toJson(body)).options(requestOptions), Moderation.class);
  }

  /**
   * Returns every evaluator's scores and the buyer's moderations for the answers of one bid.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @return the scores
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws ConflictException if the deadline has not passed
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public BidScores getBidScores(String tenderId, String bidId) {
    return getBidScoresWithResponse(tenderId, bidId, null).getValue();
  }

  /**
   * Returns the scores of one bid with the HTTP details.
   *
   * @param tenderId the tender id
   * @param bidId the bid id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code tenderId} or {@code bidId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} or {@code bidId} is blank
   * @throws ConflictException if the deadline has not passed
   * @throws NotFoundException if no such bid is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<BidScores> getBidScoresWithResponse(
      String tenderId, String bidId, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url(
                        TENDERS,
                        Operations.pathSegment(tenderId, "tenderId"),
                        BIDS,
                        Operations.pathSegment(bidId, "bidId"),
                        "scores")
                    .build())
            .options(requestOptions),
        BidScores.class);
  }

  /**
   * Returns the evaluation of a tender: its bids ranked by social value score, with the money value
   * of their commitments and what needs attention. Only the buyer and the assigned evaluators may
   * read it, after the deadline.
   *
   * @param tenderId the tender id
   * @return the evaluation
   * @throws NullPointerException if {@code tenderId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws ConflictException if the deadline has not passed
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Evaluation getEvaluation(String tenderId) {
    return getEvaluationWithResponse(tenderId, null).getValue();
  }

  /**
   * Returns the evaluation of a tender with the HTTP details.
   *
   * @param tenderId the tender id
   * @param requestOptions per-call options, or {@code null}
   * @return the response
   * @throws NullPointerException if {@code tenderId} is {@code null}
   * @throws IllegalArgumentException if {@code tenderId} is blank
   * @throws ConflictException if the deadline has not passed
   * @throws NotFoundException if no such tender is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Evaluation> getEvaluationWithResponse(
      String tenderId, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(
                ops.url(TENDERS, Operations.pathSegment(tenderId, "tenderId"), "evaluation")
                    .build())
            .options(requestOptions),
        Evaluation.class);
  }

  // ---- Helpers ------------------------------------------------------------------------------

  private URI tenderUrl(String tenderId) {
    return ops.url(TENDERS, Operations.pathSegment(tenderId, "tenderId")).build();
  }

  private URI bidUrl(String tenderId, String bidId) {
    return ops.url(
            TENDERS,
            Operations.pathSegment(tenderId, "tenderId"),
            BIDS,
            Operations.pathSegment(bidId, "bidId"))
        .build();
  }

  private URI answerUrl(String tenderId, String bidId, String collection, String questionKey) {
    return ops.url(
            TENDERS,
            Operations.pathSegment(tenderId, "tenderId"),
            BIDS,
            Operations.pathSegment(bidId, "bidId"),
            collection,
            Operations.pathSegment(questionKey, "questionKey"))
        .build();
  }

  private static String eTagOf(Tender current) {
    return Operations.eTagOf(current.getETag(), "Tender", current.getId(), "getTender(tenderId)");
  }

  /**
   * Formats a timestamp with its offset and always with seconds ({@code toString()} drops zero
   * seconds), so the body does not depend on the JSON-B implementation's date handling.
   */
  private static String timestamp(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  /** The body of submit and revise: the input fields only (not the measure or unit label). */
  private static Map<String, Object> bidBody(SubmitBidOptions options) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("price", options.getPrice());
    List<Map<String, Object>> answers = new ArrayList<>();
    for (Answer a : options.getAnswers()) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("questionKey", a.getQuestionKey());
      putIfSet(answer, "text", a.getText());
      putIfSet(answer, "yes", a.getYes());
      putIfSet(answer, "number", a.getNumber());
      Commitment c = a.getCommitment();
      if (c != null) {
        Map<String, Object> commitment = new LinkedHashMap<>();
        commitment.put("quantity", c.getQuantity());
        putIfSet(commitment, "period", c.getPeriod() == null ? null : c.getPeriod().toString());
        putIfSet(commitment, "placeCode", c.getPlaceCode());
        putIfSet(commitment, "vcfsePartnerOrganisationId", c.getVcfsePartnerOrganisationId());
        answer.put("commitment", commitment);
      }
      answers.add(answer);
    }
    body.put("answers", answers);
    return body;
  }

  private static void putIfSet(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
