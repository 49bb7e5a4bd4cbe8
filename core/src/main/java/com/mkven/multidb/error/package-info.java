/**
 * The typed errors of MultiDB and their JSON form.
 *
 * <p>{@link com.mkven.multidb.error.MultiDbException} is the root; each subclass stands for one error class of the
 * spec ({@code ConfigError} → {@link com.mkven.multidb.error.ConfigException} and so on) and carries an
 * {@link com.mkven.multidb.error.ErrorCode} plus typed details. {@code toJson()} writes the spec's JSON error body and
 * {@link com.mkven.multidb.error.MultiDbException#fromJson} rebuilds the typed exception from it, so an error survives
 * logs and HTTP unchanged. Start reading at {@code MultiDbException} and {@code ErrorCode}.
 */
package com.mkven.multidb.error;
