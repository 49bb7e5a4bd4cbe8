/**
 * Name resolution (sql.md §2): a validated {@code QueryDefinition} becomes the physical-name IR, its parameters and
 * the mappings that turn result columns back into API-name keys.
 *
 * <p>Start at {@link com.mkven.multidb.resolve.NameResolver}. It assumes the definition passed validation and the
 * access check; anything that cannot happen after them is an {@code IllegalArgumentException}, never a wrong query.
 */
package com.mkven.multidb.resolve;
