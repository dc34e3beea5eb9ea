package uk.svkit.sdk;

import java.net.URI;
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
import uk.svkit.sdk.models.CreateQuestionSetOptions;
import uk.svkit.sdk.models.ListQuestionSetsOptions;
import uk.svkit.sdk.models.QuestionInput;
import uk.svkit.sdk.models.QuestionSet;
import uk.svkit.sdk.models.RubricLevel;
import uk.svkit.sdk.models.UpdateQuestionSetOptions;

/**
 * Question sets: a buyer's weighted social value questions, reused across tenders. Obtain from
 * {@link SvkitClient#questionSets()}; thread-safe.
 *
 * <p>A set is created as a draft, edited with {@link #updateQuestionSet(QuestionSet,
 * UpdateQuestionSetOptions)}, then {@linkplain #publishQuestionSet(QuestionSet) published} (the
 * service checks it is complete) so tenders can use it, and finally {@linkplain
 * #retireQuestionSet(QuestionSet) retired}. A published set never changes: {@link
 * #createQuestionSetVersion(String)} starts a draft copy with the next version number. Changes and
 * actions take the ETag of the set as last read, so a concurrent change is never overwritten.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.PermissionDeniedException} (such as a caller who is not a buyer, or not
 * the set's owner), {@link uk.svkit.sdk.exception.RateLimitException}, {@link
 * uk.svkit.sdk.exception.ServerException} and {@link ConnectionException}.
 */
public final class QuestionSetsClient {

  private static final String QUESTION_SETS = "question-sets";

  private final Operations ops;

  QuestionSetsClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Creates a draft question set, version 1 of a new series. A random {@code Idempotency-Key} is
   * sent, so the call is retried safely after transient failures.
   *
   * @param options the new question set
   * @return the created question set, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input (such as a malformed question key
   *     or a title over 200 characters)
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet createQuestionSet(CreateQuestionSetOptions options) {
    return createQuestionSetWithResponse(options, null).getValue();
  }

  /**
   * Creates a draft question set with per-call options, such as your own idempotency key.
   *
   * @param options the new question set
   * @param requestOptions per-call options, or {@code null}
   * @return the created question set, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet createQuestionSet(
      CreateQuestionSetOptions options, RequestOptions requestOptions) {
    return createQuestionSetWithResponse(options, requestOptions).getValue();
  }

  /**
   * Creates a draft question set and returns the HTTP details ({@code Location}, and {@code
   * Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param options the new question set
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ValidationException if the server rejects the input
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<QuestionSet> createQuestionSetWithResponse(
      CreateQuestionSetOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    String body =
        ops.toJson(
            questionSetBody(
                options.getTitle(),
                options.getDescription(),
                options.getFrameworkCode(),
                options.getEdition(),
                options.getQuestions()));
    return ops.send(
        HttpRequest.post(ops.url(QUESTION_SETS).build(), body, true).options(requestOptions),
        QuestionSet.class);
  }

  /**
   * Lists all question sets the caller may use: its organisation's own and those shared with it, by
   * title.
   *
   * @return a lazy iterable; no request is sent until iteration
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<QuestionSet> listQuestionSets() {
    return listQuestionSets(ListQuestionSetsOptions.builder().build(), null);
  }

  /**
   * Lists the question sets the caller may use, filtered by status.
   *
   * @param options status filter and page size
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<QuestionSet> listQuestionSets(ListQuestionSetsOptions options) {
    return listQuestionSets(options, null);
  }

  /**
   * Lists the question sets the caller may use, with per-call options applied to every page. Items
   * carry no ETag.
   *
   * @param options status filter and page size
   * @param requestOptions per-call options, or {@code null}
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws ApiException during iteration if the server answers with an error
   * @throws ConnectionException during iteration if no response arrived
   */
  public PagedIterable<QuestionSet> listQuestionSets(
      ListQuestionSetsOptions options, RequestOptions requestOptions) {
    Objects.requireNonNull(options, "options");
    return ops.list(
        ops.url(QUESTION_SETS)
            .query("status", options.getStatus())
            .query("limit", options.getLimit())
            .build(),
        QuestionSet.class,
        requestOptions);
  }

  /**
   * Returns one question set with its questions.
   *
   * @param id the question set id
   * @return the question set, with its ETag
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet getQuestionSet(String id) {
    return getQuestionSetWithResponse(id, null).getValue();
  }

  /**
   * Returns one question set with the HTTP details.
   *
   * @param id the question set id
   * @param requestOptions per-call options, or {@code null}; {@code ifNoneMatch} makes the read
   *     conditional
   * @return the response; its value is {@code null} on 304
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<QuestionSet> getQuestionSetWithResponse(
      String id, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(ops.url(QUESTION_SETS, Operations.pathSegment(id, "id")).build())
            .options(requestOptions),
        QuestionSet.class);
  }

  /**
   * Replaces a draft question set, questions included, provided it is still at the version the ETag
   * names (optimistic concurrency).
   *
   * @param id the question set id
   * @param options the new state
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the updated question set, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code ifMatchETag} is blank
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is no longer a draft (create a new version instead)
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet updateQuestionSet(
      String id, UpdateQuestionSetOptions options, String ifMatchETag) {
    return updateQuestionSetWithResponse(id, options, ifMatchETag, null).getValue();
  }

  /**
   * Replaces a draft question set read earlier, using its id and ETag.
   *
   * @param current the question set as returned by get, create or update (not by a list)
   * @param options the new state
   * @return the updated question set, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is no longer a draft
   * @throws ValidationException if the server rejects the input
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet updateQuestionSet(QuestionSet current, UpdateQuestionSetOptions options) {
    Objects.requireNonNull(current, "current");
    return updateQuestionSet(current.getId(), options, eTagOf(current));
  }

  /**
   * Replaces a draft question set and returns the HTTP details.
   *
   * @param id the question set id
   * @param options the new state
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code id}, {@code options} or {@code ifMatchETag} is {@code
   *     null}
   * @throws IllegalArgumentException if {@code id} or {@code ifMatchETag} is blank, or {@code
   *     requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is no longer a draft
   * @throws ValidationException if the server rejects the input
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<QuestionSet> updateQuestionSetWithResponse(
      String id,
      UpdateQuestionSetOptions options,
      String ifMatchETag,
      RequestOptions requestOptions) {
    Operations.pathSegment(id, "id");
    Objects.requireNonNull(options, "options");
    Operations.requireETag(ifMatchETag, "question set");
    String body =
        ops.toJson(
            questionSetBody(
                options.getTitle(),
                options.getDescription(),
                options.getFrameworkCode(),
                options.getEdition(),
                options.getQuestions()));
    return ops.send(
        HttpRequest.put(ops.url(QUESTION_SETS, id).build(), body)
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        QuestionSet.class);
  }

  /**
   * Publishes a draft question set, provided it is still at the version the ETag names. The service
   * checks that the set is complete: weights sum to 100, every commitment question names a measure
   * of the edition, rubrics are complete and single-choice questions have options. A published set
   * no longer changes and can be used by tenders.
   *
   * @param id the question set id
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the published question set, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code ifMatchETag} is blank
   * @throws BusinessRuleException if the set is not complete; {@link
   *     BusinessRuleException#getErrors()} names each problem, such as {@code
   *     questions[2].measureCode}
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is not a draft
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet publishQuestionSet(String id, String ifMatchETag) {
    return publishQuestionSetWithResponse(id, ifMatchETag, null).getValue();
  }

  /**
   * Publishes a draft question set read earlier, using its id and ETag; see {@link
   * #publishQuestionSet(String, String)}.
   *
   * @param current the question set as returned by get, create or update (not by a list)
   * @return the published question set, with its new ETag
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws BusinessRuleException if the set is not complete; {@link
   *     BusinessRuleException#getErrors()} names each problem
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is not a draft
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet publishQuestionSet(QuestionSet current) {
    Objects.requireNonNull(current, "current");
    return publishQuestionSet(current.getId(), eTagOf(current));
  }

  /**
   * Publishes a draft question set and returns the HTTP details; see {@link
   * #publishQuestionSet(String, String)}.
   *
   * @param id the question set id
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code id} or {@code ifMatchETag} is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code ifMatchETag} is blank, or {@code
   *     requestOptions} carries a different {@code If-Match}
   * @throws BusinessRuleException if the set is not complete; {@link
   *     BusinessRuleException#getErrors()} names each problem
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is not a draft
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<QuestionSet> publishQuestionSetWithResponse(
      String id, String ifMatchETag, RequestOptions requestOptions) {
    return action(id, "publish", ifMatchETag, requestOptions);
  }

  /**
   * Retires a published question set, provided it is still at the version the ETag names. Tenders
   * already using it are unaffected; new tenders can no longer choose it.
   *
   * @param id the question set id
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @return the retired question set, with its new ETag
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code ifMatchETag} is blank
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is not published
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet retireQuestionSet(String id, String ifMatchETag) {
    return retireQuestionSetWithResponse(id, ifMatchETag, null).getValue();
  }

  /**
   * Retires a published question set read earlier, using its id and ETag.
   *
   * @param current the question set as returned by get or publish (not by a list)
   * @return the retired question set, with its new ETag
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is not published
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet retireQuestionSet(QuestionSet current) {
    Objects.requireNonNull(current, "current");
    return retireQuestionSet(current.getId(), eTagOf(current));
  }

  /**
   * Retires a published question set and returns the HTTP details.
   *
   * @param id the question set id
   * @param ifMatchETag the ETag from the last read, such as {@code "3"}
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code id} or {@code ifMatchETag} is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code ifMatchETag} is blank, or {@code
   *     requestOptions} carries a different {@code If-Match}
   * @throws PreconditionFailedException if the set changed since it was read (412)
   * @throws ConflictException if the set is not published
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<QuestionSet> retireQuestionSetWithResponse(
      String id, String ifMatchETag, RequestOptions requestOptions) {
    return action(id, "retire", ifMatchETag, requestOptions);
  }

  /**
   * Starts the next version of a published or retired question set: a draft copy in the same series
   * with the next version number, to edit and publish in its place. A random {@code
   * Idempotency-Key} is sent, so the call is retried safely after transient failures.
   *
   * @param id the id of the version to copy
   * @return the new draft, with its ETag
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws ConflictException if the set is still a draft, or the series already has a draft
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet createQuestionSetVersion(String id) {
    return createQuestionSetVersionWithResponse(id, null).getValue();
  }

  /**
   * Starts the next version of a question set with per-call options, such as your own idempotency
   * key.
   *
   * @param id the id of the version to copy
   * @param requestOptions per-call options, or {@code null}
   * @return the new draft, with its ETag
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws ConflictException if the set is still a draft, or the series already has a draft
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet createQuestionSetVersion(String id, RequestOptions requestOptions) {
    return createQuestionSetVersionWithResponse(id, requestOptions).getValue();
  }

  /**
   * Starts the next version of a question set and returns the HTTP details ({@code Location}, and
   * {@code Idempotent-Replayed: true} when the server answered from an earlier identical call).
   *
   * @param id the id of the version to copy
   * @param requestOptions per-call options, or {@code null}
   * @return the 201 response
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws ConflictException if the set is still a draft, or the series already has a draft
   * @throws BusinessRuleException if the idempotency key was used before with a different body
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<QuestionSet> createQuestionSetVersionWithResponse(
      String id, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.post(
                ops.url(QUESTION_SETS, Operations.pathSegment(id, "id"), "versions").build(),
                null,
                true)
            .options(requestOptions),
        QuestionSet.class);
  }

  /**
   * Exports a published or retired question set as JSON, to archive it or load it elsewhere.
   *
   * @param id the question set id
   * @return the question set as exported
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws ConflictException if the set is still a draft
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public QuestionSet exportQuestionSetJson(String id) {
    return exportQuestionSetJsonWithResponse(id, null).getValue();
  }

  /**
   * Exports a question set as JSON and returns the HTTP details.
   *
   * @param id the question set id
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws ConflictException if the set is still a draft
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<QuestionSet> exportQuestionSetJsonWithResponse(
      String id, RequestOptions requestOptions) {
    return ops.send(
        HttpRequest.get(exportUrl(id)).accept("application/json").options(requestOptions),
        QuestionSet.class);
  }

  /**
   * Exports a published or retired question set as CSV, one row per question, for a spreadsheet.
   * The columns are {@code questionSetId, seriesId, versionNumber, title, key, type, text,
   * guidance, weight, measureCode, unitLabel, maxCharacters, maxWords, options, links, rubric};
   * options and links are joined with {@code |}, and the rubric reads like {@code
   * 0=Unacceptable|25=Poor|...}.
   *
   * @param id the question set id
   * @return the CSV text, exactly as sent by the service
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws ConflictException if the set is still a draft
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public String exportQuestionSetCsv(String id) {
    return exportQuestionSetCsvWithResponse(id, null).getValue();
  }

  /**
   * Exports a question set as CSV and returns the HTTP details; see {@link
   * #exportQuestionSetCsv(String)}.
   *
   * @param id the question set id
   * @param requestOptions per-call options, or {@code null}
   * @return the 200 response, whose value is the CSV text
   * @throws NullPointerException if {@code id} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws ConflictException if the set is still a draft
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<String> exportQuestionSetCsvWithResponse(
      String id, RequestOptions requestOptions) {
    return ops.sendForText(
        HttpRequest.get(exportUrl(id)).accept("text/csv").options(requestOptions));
  }

  /**
   * Shares a published or retired question set with another organisation, whose buyers can then
   * read it and use it for their tenders. Sharing again is harmless.
   *
   * @param id the question set id
   * @param organisationId the organisation to share with
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws ConflictException if the set is still a draft
   * @throws BusinessRuleException if there is no such organisation
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public void shareQuestionSet(String id, String organisationId) {
    shareQuestionSetWithResponse(id, organisationId, null);
  }

  /**
   * Shares a question set with another organisation and returns the HTTP details.
   *
   * @param id the question set id
   * @param organisationId the organisation to share with
   * @param requestOptions per-call options, or {@code null}
   * @return the 204 response, with a {@code null} value
   * @throws NullPointerException if {@code id} or {@code organisationId} is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code organisationId} is blank
   * @throws ConflictException if the set is still a draft
   * @throws BusinessRuleException if there is no such organisation
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Void> shareQuestionSetWithResponse(
      String id, String organisationId, RequestOptions requestOptions) {
    // The share has no attributes, but a PUT needs a body: JAX-RS clients such as Jersey
    // refuse to send one without.
    return ops.sendForNoContent(
        HttpRequest.put(shareUrl(id, organisationId), "{}").options(requestOptions));
  }

  /**
   * Stops sharing a question set with an organisation. Tenders it already created with the set are
   * unaffected. Unsharing a set that is not shared is harmless.
   *
   * @param id the question set id
   * @param organisationId the organisation to stop sharing with
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an argument is blank
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public void unshareQuestionSet(String id, String organisationId) {
    unshareQuestionSetWithResponse(id, organisationId, null);
  }

  /**
   * Stops sharing a question set with an organisation and returns the HTTP details.
   *
   * @param id the question set id
   * @param organisationId the organisation to stop sharing with
   * @param requestOptions per-call options, or {@code null}
   * @return the 204 response, with a {@code null} value
   * @throws NullPointerException if {@code id} or {@code organisationId} is {@code null}
   * @throws IllegalArgumentException if {@code id} or {@code organisationId} is blank
   * @throws NotFoundException if no such question set is visible to the caller
   * @throws ApiException if the server answers with another error
   * @throws ConnectionException if no response arrived
   */
  public Response<Void> unshareQuestionSetWithResponse(
      String id, String organisationId, RequestOptions requestOptions) {
    return ops.sendForNoContent(
        HttpRequest.delete(shareUrl(id, organisationId)).options(requestOptions));
  }

  private Response<QuestionSet> action(
      String id, String action, String ifMatchETag, RequestOptions requestOptions) {
    Operations.pathSegment(id, "id");
    Operations.requireETag(ifMatchETag, "question set");
    // Not creating: no automatic Idempotency-Key. A lost response is not retried; repeating
    // it by hand is safe, as the If-Match then fails rather than acting twice.
    return ops.send(
        HttpRequest.post(ops.url(QUESTION_SETS, id, action).build(), null, false)
            .options(requestOptions)
            .ifMatch(ifMatchETag),
        QuestionSet.class);
  }

  private URI exportUrl(String id) {
    return ops.url(QUESTION_SETS, Operations.pathSegment(id, "id"), "export").build();
  }

  private URI shareUrl(String id, String organisationId) {
    return ops.url(
            QUESTION_SETS,
            Operations.pathSegment(id, "id"),
            "shares",
            Operations.pathSegment(organisationId, "organisationId"))
        .build();
  }

  private static String eTagOf(QuestionSet current) {
    return Operations.eTagOf(
        current.getETag(), "Question set", current.getId(), "getQuestionSet(id)");
  }

  /** The body shared by create and update: only the fields that are set. */
  private static Map<String, Object> questionSetBody(
      String title,
      String description,
      String frameworkCode,
      String edition,
      List<QuestionInput> questions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    putIfSet(body, "description", description);
    putIfSet(body, "frameworkCode", frameworkCode);
    putIfSet(body, "edition", edition);
    List<Map<String, Object>> list = new ArrayList<>();
    for (QuestionInput q : questions) {
      Map<String, Object> question = new LinkedHashMap<>();
      question.put("key", q.getKey());
      question.put("type", q.getType().toString());
      question.put("text", q.getText());
      putIfSet(question, "guidance", q.getGuidance());
      question.put("weight", q.getWeight());
      putIfSet(question, "maxCharacters", q.getMaxCharacters());
      putIfSet(question, "maxWords", q.getMaxWords());
      putIfSet(question, "measureCode", q.getMeasureCode());
      putIfSet(question, "options", q.getOptions());
      putIfSet(question, "unitLabel", q.getUnitLabel());
      putIfSet(question, "links", q.getLinks());
      if (q.getRubric() != null) {
        List<Map<String, Object>> rubric = new ArrayList<>();
        for (RubricLevel level : q.getRubric()) {
          Map<String, Object> l = new LinkedHashMap<>();
          l.put("score", level.getScore());
          l.put("descriptor", level.getDescriptor());
          rubric.add(l);
        }
        question.put("rubric", rubric);
      }
      list.add(question);
    }
    body.put("questions", list);
    return body;
  }

  private static void putIfSet(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
