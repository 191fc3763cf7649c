/**
 * Statutory returns a module contributes, and the shared running core gives them.
 *
 * <p>A module produces a {@link org.harbour.core.spi.returns.StatutoryReturn} bean (a producer
 * method or an {@code @ApplicationScoped} class). Its {@link org.harbour.core.spi.returns.ReturnDefinition}
 * names the return, its owning module, the module's own permission that runs it (declare it as a
 * {@code PermissionDefinition} too) and its {@link org.harbour.core.spi.returns.ReturnPeriodRule}
 * (a collection year such as 1 April to 31 March, or a census date). The module writes the files
 * ({@link org.harbour.core.spi.returns.ReturnFile}: name, media type, bytes) and validates them into
 * {@link org.harbour.core.spi.returns.ValidationMessage}s: rule code, severity, message, the child's
 * person id (never a name), the field, and a link to the page that fixes it.
 *
 * <p>Core does the rest, the same for every return, under {@code /api/returns}: it lists the
 * returns the user may run (permission granted and module switched on for one of their service
 * areas, checked on the server and audited when refused), parses the period (a malformed one is a
 * 400 on the field {@code period}), runs produce and validate as that user, and stores the run: who,
 * when, which period, each file's bytes with its SHA-256 and size, and every message. A past run's
 * files download again byte for byte (the checksum is checked on the way out, and sent as the
 * {@code Repr-Digest} header). Every run, read of messages and download is audited under record
 * type {@code return-run} with the run's id; a refused run under {@code return} with the return's
 * id. A contribution whose definition is inconsistent (an id taken twice, a permission no module
 * declares, a module not deployed) is left out with a SEVERE log line naming it.
 *
 * <p>A return whose rules compare with the period before (the SSDA903's with last year's return)
 * reads the files of its own latest kept run for that period through
 * {@link org.harbour.core.spi.returns.ReturnHistory}, from inside its run.
 *
 * <p>A return's messages name children by person id and link to their pages; whoever follows a
 * link still needs the right to that child's record. Runs are never changed or deleted.
 */
package org.harbour.core.spi.returns;
