/**
 * Validation before anything runs. {@link com.mkven.multidb.validation.ConfigValidator} checks metadata and roles
 * (metadata.md §13, decisions.md §19) and collects every problem into one {@code ConfigException};
 * {@link com.mkven.multidb.validation.ApiNames} holds the apiName rules (metadata.md §12). Each config
 * {@code *Checks} class owns one group of rules and adds to a shared issue list. Query validation (query.md rules
 * 1–14) lives in this package too.
 */
package com.mkven.multidb.validation;
