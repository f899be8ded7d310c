/** Abuse limits: how often one person, or one group's shared settings, may ask the bot for something. */
@NullMarked
package dev.mockingbird.core.limits;

import org.jspecify.annotations.NullMarked;
