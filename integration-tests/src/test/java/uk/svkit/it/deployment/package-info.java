/** Tests of svkit as it is deployed: several instances behind a load balancer. */
package uk.svkit.it.deployment;
