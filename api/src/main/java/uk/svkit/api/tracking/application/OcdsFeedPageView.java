package uk.svkit.api.tracking.application;

import jakarta.json.JsonObject;
import java.util.List;
import uk.svkit.api.tracking.infrastructure.OcdsPackages;

/** One page of the OCDS feed: the releases and the contract id the next page starts after. */
public record OcdsFeedPageView(
    OcdsPackages.Publisher publisher, List<JsonObject> releases, String lastContractId) {}
