package uk.svkit.api.directory.application;

import java.time.LocalDate;
import uk.svkit.api.directory.domain.Need;
import uk.svkit.api.directory.domain.VcfseProfile;

/**
 * A need with the profile of the VCFSE that posted it ({@code null} if it has none the caller may
 * see) and the day its expiry is judged on.
 */
public record NeedView(Need need, VcfseProfile organisation, LocalDate today) {}
