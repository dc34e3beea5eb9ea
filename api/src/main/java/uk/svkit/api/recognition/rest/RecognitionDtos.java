package uk.svkit.api.recognition.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.recognition.domain.ApplicationStatus;
import uk.svkit.api.recognition.domain.AwardStatus;
import uk.svkit.api.recognition.domain.ElementKind;
import uk.svkit.api.recognition.domain.ProgrammeKind;
import uk.svkit.api.recognition.domain.Sector;

/** Request and response bodies of the recognition operations. */
public final class RecognitionDtos {
  private RecognitionDtos() {}

  static final String CODE = "[A-Za-z0-9._-]+";
  static final String CODE_MESSAGE = "may contain letters, digits, '.', '_' and '-'";
  static final String PLACE = "[EWSN][0-9]{8}";
  static final String PLACE_MESSAGE =
      "must be an ONS local authority code such as E08000015 (see /places)";

  // ---- programmes -----------------------------------------------------------------------

  @Schema(name = "ProgrammeElementInput")
  public static class ElementInput {
    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String code;

    @NotNull
    @Schema(
        description =
            "THEME for award schemes; PILLAR or PRINCIPLE for charters, pledges and frameworks")
    public ElementKind kind;

    @NotBlank
    @Size(max = 300)
    public String title;

    @Size(max = 2000)
    @Schema(description = "What evidence the element asks for")
    public String guidance;
  }

  @Schema(name = "CreateProgrammeRequest")
  public static class CreateProgramme {
    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    public String code;

    @NotNull public ProgrammeKind kind;

    @NotBlank
    @Size(max = 300)
    public String name;

    @Size(max = 36)
    @Schema(
        description =
            "The organisation that administers the programme (revises it, assigns assessors); without it, platform admins do")
    public String administeringOrganisationId;

    @Size(max = 300)
    @Schema(
        description =
            "Who runs the programme, as shown to the public; defaults to the administering organisation's name")
    public String administeredBy;

    @Size(max = 4000)
    public String summary;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
    @Schema(description = "Where the programme's text is published")
    public String textUrl;

    @NotBlank
    @Size(max = 40)
    @Schema(
        description =
            "The version of the programme's text that signatories sign and applicants apply to")
    public String programmeVersion;

    public LocalDate launchedOn;

    @Min(1)
    @Max(240)
    @Schema(
        description =
            "Award schemes: how long an award lasts from its decision date, in months (default 60, five years)")
    public Integer validityMonths;

    @NotNull
    @Size(max = 50)
    public List<@NotNull @Valid ElementInput> elements;
  }

  @Schema(
      name = "UpdateProgrammeRequest",
      description = "Replaces the description and text version; elements cannot change.")
  public static class UpdateProgramme {
    @NotBlank
    @Size(max = 300)
    public String name;

    @Size(max = 300)
    @Schema(description = "Absent keeps the current value")
    public String administeredBy;

    @Size(max = 4000)
    public String summary;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
    public String textUrl;

    @NotBlank
    @Size(max = 40)
    @Schema(
        description =
            "New signatures and applications record this version; earlier ones keep theirs")
    public String programmeVersion;

    public LocalDate launchedOn;

    @Min(1)
    @Max(240)
    @Schema(description = "Award schemes: applies to awards decided from now on (default 60)")
    public Integer validityMonths;
  }

  @Schema(name = "AssignAssessorsRequest")
  public static class AssignAssessors {
    @NotNull
    @Size(max = 50)
    @Schema(
        description =
            "Token subjects of the people who decide the scheme's applications: users of the"
                + " administering organisation where the scheme has one (the same subject in another"
                + " organisation is not an assessor); any organisation's where platform admins run"
                + " it")
    public List<@NotBlank @Size(max = 200) String> assessors;
  }

  @Schema(name = "ProgrammeElement")
  public static class ElementResponse {
    public String code;
    public ElementKind kind;
    public String title;
    public String guidance;
  }

  @Schema(name = "Programme")
  public static class ProgrammeResponse {
    public String id;
    public String code;
    public ProgrammeKind kind;
    public String name;
    public String administeredBy;

    @Schema(
        description =
            "The administering organisation; absent for the programmes shipped with svkit (platform admins administer those)")
    public String ownerOrganisationId;

    public String summary;
    public String textUrl;
    public String programmeVersion;
    public LocalDate launchedOn;
    public Integer validityMonths;
    public List<ElementResponse> elements;

    @Schema(
        description =
            "Award schemes: the assessors' subjects; shown to the scheme's administrators and assessors only")
    public List<String> assessors;

    public OffsetDateTime createdAt;
  }

  // ---- signatures -----------------------------------------------------------------------

  @Schema(name = "SignatureCommitmentInput")
  public static class CommitmentInput {
    @NotBlank
    @Size(max = 20)
    @Schema(description = "A pillar or principle of the programme, e.g. P1")
    public String elementCode;

    @NotBlank
    @Size(max = 2000)
    public String commitment;

    @Size(max = 40)
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    @Schema(
        description =
            "The KPI tracking indicator (framework measure code) that shows progress, e.g. LM-SUP-01")
    public String indicatorCode;
  }

  @Schema(name = "SignProgrammeRequest")
  public static class Sign {
    @Size(max = 36)
    @Schema(
        description =
            "The signing organisation; defaults to yours. The programme's administrators may name another: the signature"
                + " is then PENDING until that organisation confirms it.")
    public String organisationId;

    @Schema(description = "Default today; never in the future nor before the programme existed")
    public LocalDate signedOn;

    @NotBlank
    @Size(max = 200)
    public String signatoryName;

    @NotBlank
    @Size(max = 200)
    public String signatoryRole;

    @Size(max = 4000)
    @Schema(description = "The organisation's public statement")
    public String statement;

    @Size(max = 9)
    @Pattern(regexp = PLACE, message = PLACE_MESSAGE)
    public String placeCode;

    @NotNull public Sector sector;

    @Size(max = 50)
    @Schema(
        description = "Anchor framework: what the organisation commits to per pillar or principle")
    public List<@NotNull @Valid CommitmentInput> commitments;
  }

  @Schema(name = "WithdrawSignatureRequest")
  public static class Withdraw {
    @Schema(description = "Default today; never in the future nor before the signature")
    public LocalDate withdrawnOn;

    @NotBlank
    @Size(max = 2000)
    public String reason;
  }

  @Schema(name = "SignatureCommitment")
  public static class CommitmentResponse {
    public String elementCode;
    public String elementTitle;
    public String commitment;
    public String indicatorCode;
  }

  @Schema(name = "Signature")
  public static class SignatureResponse {
    public String id;
    public String programmeId;
    public String programmeCode;
    public String programmeName;

    @Schema(description = "The version of the programme signed")
    public String programmeVersion;

    public String organisationId;
    public String organisationName;
    public String organisationIdentifier;
    public LocalDate signedOn;
    public String signatoryName;
    public String signatoryRole;
    public String statement;
    public String placeCode;
    public Sector sector;

    @Schema(
        enumeration = {"ACTIVE", "WITHDRAWN", "PENDING"},
        description =
            "PENDING: recorded by the programme's administrators on the organisation's behalf, awaiting its confirmation")
    public String status;

    public LocalDate withdrawnOn;
    public String withdrawalReason;
    public List<CommitmentResponse> commitments;
    public OffsetDateTime createdAt;
  }

  // ---- applications and awards ----------------------------------------------------------

  @Schema(name = "ThemeEvidenceInput")
  public static class EvidenceInput {
    @NotBlank
    @Size(max = 20)
    public String themeCode;

    @NotBlank
    @Size(max = 4000)
    @Schema(description = "What changed")
    public String change;

    @NotNull
    @Min(0)
    @Max(10_000_000)
    @Schema(description = "How many stakeholders")
    public Integer stakeholders;

    @NotBlank
    @Size(max = 300)
    @Schema(description = "Where in the region")
    public String location;

    @NotBlank
    @Size(max = 100)
    @Schema(description = "When, e.g. 2025-26 or Apr-Sep 2025")
    public String period;
  }

  @Schema(name = "ApplyForAwardRequest")
  public static class Apply {
    @Size(max = 9)
    @Pattern(regexp = PLACE, message = PLACE_MESSAGE)
    public String placeCode;

    @NotNull public Sector sector;

    @NotBlank
    @Size(max = 200)
    public String contactName;

    @Size(max = 36)
    @Schema(description = "Renewals: the id of the award being renewed")
    public String renewalOf;

    @NotNull
    @Size(min = 1, max = 20)
    public List<@NotNull @Valid EvidenceInput> evidence;
  }

  @Schema(name = "AwardDecisionRequest")
  public static class Decide {
    @NotNull public Boolean awarded;

    @Schema(
        description =
            "Default today; may be earlier to record a decision taken before, never in the future. The award runs from it.")
    public LocalDate decidedOn;

    @NotBlank
    @Size(max = 4000)
    public String reasons;
  }

  @Schema(name = "ThemeEvidence")
  public static class EvidenceResponse {
    public String themeCode;
    public String change;
    public int stakeholders;
    public String location;
    public String period;
  }

  @Schema(
      name = "AwardApplication",
      description = "Private to the applicant, the scheme's administrators and its assessors.")
  public static class ApplicationResponse {
    public String id;
    public String programmeId;
    public String programmeCode;
    public String programmeVersion;
    public String organisationId;
    public String organisationName;
    public ApplicationStatus status;
    public String placeCode;
    public Sector sector;
    public String contactName;
    public String renewalOf;
    public String submittedBy;
    public OffsetDateTime submittedAt;
    public List<EvidenceResponse> evidence;
    public LocalDate decidedOn;
    public String decidedBy;
    public String reasons;

    @Schema(
        description =
            "Awarded: the first day the award is no longer current (decision date + validity)")
    public LocalDate expiresOn;

    @Schema(description = "Awarded: CURRENT or EXPIRED today")
    public AwardStatus awardStatus;
  }

  @Schema(
      name = "Award",
      description =
          "An award, public: who holds it, from when, until when. No evidence or reasons.")
  public static class AwardResponse {
    @Schema(description = "The id of the awarded application")
    public String id;

    public String programmeId;
    public String programmeCode;
    public String programmeName;
    public String programmeVersion;
    public String organisationId;
    public String organisationName;
    public String organisationIdentifier;
    public String placeCode;
    public Sector sector;
    public LocalDate awardedOn;

    @Schema(description = "The first day the award is no longer current")
    public LocalDate expiresOn;

    @Schema(description = "On the day asked about (default today)")
    public AwardStatus status;

    public String renewalOf;
  }

  // ---- recognitions ---------------------------------------------------------------------

  @Schema(name = "Recognition")
  public static class RecognitionItem {
    @Schema(enumeration = {"SIGNATURE", "AWARD"})
    public String type;

    public String programmeId;
    public String programmeCode;
    public String programmeName;
    public ProgrammeKind programmeKind;

    @Schema(description = "The programme version signed or awarded")
    public String programmeVersion;

    public String administeredBy;

    @Schema(description = "The day it was signed or awarded")
    public LocalDate since;

    @Schema(description = "Awards: the first day it is no longer current; absent for signatures")
    public LocalDate expiresOn;

    public String signatoryName;
    public String signatoryRole;

    @Schema(description = "The id of the signature or award")
    public String sourceId;

    @Schema(description = "Where the record can be read, without a token")
    public String source;
  }

  @Schema(name = "Recognitions")
  public static class RecognitionsResponse {
    public String organisationId;
    public String organisationName;
    public String organisationIdentifier;

    @Schema(description = "The day the recognitions hold on")
    public LocalDate asOf;

    public List<RecognitionItem> items;

    @Schema(description = "Partnerships with VCFSEs (or businesses) that both sides agreed to show")
    public List<PartnershipDtos.PublicPartnership> partnerships;
  }
}
