package uk.svkit.api.directory.application;

import uk.svkit.api.directory.domain.VcfseProfile;

/** A VCFSE's profile and whether the caller may read its contacts (see {@link ContactAccess}). */
public record ProfileView(VcfseProfile profile, boolean contactsReadable) {}
