package uk.svkit.api.tracking.application;

import jakarta.json.JsonObject;
import java.util.List;
import uk.svkit.api.tracking.infrastructure.OcdsPackages;

/** A record: the publisher and every release published for the ocid, oldest first. */
public record OcdsRecordView(
    OcdsPackages.Publisher publisher, String ocid, List<JsonObject> releases) {}
