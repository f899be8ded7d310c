/**
 * A person's defaults: /track and /level.
 */
@NullMarked
package dev.mockingbird.core.profile;

import org.jspecify.annotations.NullMarked;
