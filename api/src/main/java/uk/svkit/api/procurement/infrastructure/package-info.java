/** The CSV format of question sets. */
package uk.svkit.api.procurement.infrastructure;
