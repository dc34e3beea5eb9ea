package uk.svkit.sdk;

import java.net.URI;
import uk.svkit.sdk.implementation.HttpPipeline;

/**
 * Client of the Social Value Kit REST API. Immutable and thread-safe: create one per endpoint and
 * credential, share it, and close it on shutdown to release its connections.
 *
 * <pre>{@code
 * try (SvkitClient client = SvkitClient.builder()
 *         .endpoint("https://svkit.example.org")
 *         .credential(tokenCredential)
 *         .build()) {
 *     Organisation me = client.organisations().getMyOrganisation();
 * }
 * }</pre>
 *
 * <p>Operations are grouped by API area: {@link #organisations()}, {@link #places()}, {@link
 * #audit()}, {@link #frameworks()}, {@link #proxySets()}, {@link #valuations()}, {@link
 * #questionSets()}, {@link #tenders()}, {@link #contracts()}, {@link #dashboards()}. Each returns
 * the same lightweight client object on every call.
 */
public final class SvkitClient implements AutoCloseable {

  private final HttpPipeline pipeline;
  private final URI endpoint;
  private final SvkitServiceVersion serviceVersion;
  private final OrganisationsClient organisations;
  private final PlacesClient places;
  private final AuditClient audit;
  private final FrameworksClient frameworks;
  private final ProxySetsClient proxySets;
  private final ValuationsClient valuations;
  private final QuestionSetsClient questionSets;
  private final TendersClient tenders;
  private final ContractsClient contracts;
  private final ContractLifeClient contractLife;
  private final DirectoryClient directory;
  private final DirectoryDataClient directoryData;
  private final DashboardsClient dashboards;
  private final RecognitionsClient recognitions;
  private final AnchorsClient anchors;
  private final PartnershipsClient partnerships;
  private final EventsClient events;
  private final WebhooksClient webhooks;
  private final OcdsClient ocds;

  SvkitClient(HttpPipeline pipeline, URI endpoint, SvkitServiceVersion serviceVersion) {
    this.pipeline = pipeline;
    this.endpoint = endpoint;
    this.serviceVersion = serviceVersion;
    Operations ops = new Operations(pipeline);
    this.organisations = new OrganisationsClient(ops);
    this.places = new PlacesClient(ops);
    this.audit = new AuditClient(ops);
    this.frameworks = new FrameworksClient(ops);
    this.proxySets = new ProxySetsClient(ops);
    this.valuations = new ValuationsClient(ops);
    this.questionSets = new QuestionSetsClient(ops);
    this.tenders = new TendersClient(ops);
    this.contracts = new ContractsClient(ops);
    this.directory = new DirectoryClient(ops);
    this.directoryData = new DirectoryDataClient(ops);
    this.dashboards = new DashboardsClient(ops);
    this.recognitions = new RecognitionsClient(ops);
    this.anchors = new AnchorsClient(ops);
    this.partnerships = new PartnershipsClient(ops);
    this.events = new EventsClient(ops);
    this.webhooks = new WebhooksClient(ops);
    this.contractLife = new ContractLifeClient(ops);
    this.ocds = new OcdsClient(ops);
  }

  /**
   * Starts a builder; same as {@code new SvkitClientBuilder()}.
   *
   * @return a new builder
   */
  public static SvkitClientBuilder builder() {
    return new SvkitClientBuilder();
  }

  /**
   * Returns the API version this client speaks.
   *
   * @return the version set with {@link SvkitClientBuilder#serviceVersion}, or the latest
   */
  public SvkitServiceVersion getServiceVersion() {
    return serviceVersion;
  }

  /**
   * Returns the configured server base URL (without {@code /api/v1}).
   *
   * @return the endpoint
   */
  public URI getEndpoint() {
    return endpoint;
  }

  /**
   * Returns the operations on organisations.
   *
   * @return the organisations client
   */
  public OrganisationsClient organisations() {
    return organisations;
  }

  /**
   * Returns the operations on places and postcode districts.
   *
   * @return the places client
   */
  public PlacesClient places() {
    return places;
  }

  /**
   * Returns the operations on the audit trail.
   *
   * @return the audit client
   */
  public AuditClient audit() {
    return audit;
  }

  /**
   * Returns the operations on the framework library: frameworks, editions and measures.
   *
   * @return the frameworks client
   */
  public FrameworksClient frameworks() {
    return frameworks;
  }

  /**
   * Returns the operations on proxy value sets.
   *
   * @return the proxy sets client
   */
  public ProxySetsClient proxySets() {
    return proxySets;
  }

  /**
   * Returns the operations on valuations.
   *
   * @return the valuations client
   */
  public ValuationsClient valuations() {
    return valuations;
  }

  /**
   * Returns the operations on question sets.
   *
   * @return the question sets client
   */
  public QuestionSetsClient questionSets() {
    return questionSets;
  }

  /**
   * Returns the operations on tenders, their bids and their evaluation.
   *
   * @return the tenders client
   */
  public TendersClient tenders() {
    return tenders;
  }

  /**
   * Returns the operations on contracts, their KPI returns, progress and value.
   *
   * @return the contracts client
   */
  public ContractsClient contracts() {
    return contracts;
  }

  /**
   * Returns the operations on a contract's Procurement Act life after award: variations and
   * termination, the Contract Details Notice KPIs, Contract Performance Notices and performance
   * failures.
   *
   * @return the contract life client (shares this client's connection and settings)
   */
  public ContractLifeClient contractLife() {
    return contractLife;
  }

  /**
   * Returns the operations on the VCFSE partner directory and its noticeboard.
   *
   * @return the directory client (shares this client's connection and settings)
   */
  public DirectoryClient directory() {
    return directory;
  }

  /**
   * Returns the directory's open-data operations: Open Referral UK reads and export, and bulk
   * imports (Open Referral UK, Charity Commission register).
   *
   * @return the directory data client (shares this client's connection and settings)
   */
  public DirectoryDataClient directoryData() {
    return directoryData;
  }

  /**
   * Returns the operations on the buyer dashboard and benchmarking.
   *
   * @return the dashboards client
   */
  public DashboardsClient dashboards() {
    return dashboards;
  }

  /**
   * Returns the operations on recognitions: charters, pledges, the anchor framework and award
   * schemes, signatures, award applications and decisions, and an organisation's recognitions.
   *
   * @return the recognitions client
   * @since 0.1.0
   */
  public RecognitionsClient recognitions() {
    return recognitions;
  }

  /**
   * Returns the operations for anchor institutions: indicator catalogues, declarations and returns,
   * pillar dashboards, collective views and benchmarks, and maturity self-assessments.
   *
   * @return the anchors client
   * @since 0.2.0
   */
  public AnchorsClient anchors() {
    return anchors;
  }

  /**
   * Returns the operations on partnerships between businesses and VCFSEs outside contracts:
   * commitments, deliveries the VCFSE confirms, their value, and each side's consent to show them
   * on public recognitions.
   *
   * @return the partnerships client
   * @since 0.2.0
   */
  public PartnershipsClient partnerships() {
    return partnerships;
  }

  /**
   * Releases the HTTP connections, unless the JAX-RS client was supplied by the caller. Idempotent;
   * later calls on this client throw {@link IllegalStateException}.
   */
  @Override
  public void close() {
    pipeline.close();
  }

  /**
   * Returns the event feed.
   *
   * @return the events client
   * @since 0.1.0
   */
  public EventsClient events() {
    return events;
  }

  /**
   * Returns the operations on webhook subscriptions.
   *
   * @return the webhooks client
   * @since 0.1.0
   */
  public WebhooksClient webhooks() {
    return webhooks;
  }

  /**
   * Returns the operations on the caller's OCDS publication: the release package feed and records.
   *
   * @return the OCDS client
   * @since 0.2.0
   */
  public OcdsClient ocds() {
    return ocds;
  }
}
