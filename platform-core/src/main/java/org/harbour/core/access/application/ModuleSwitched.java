package org.harbour.core.access.application;

/** CDI event: an administrator switched a module on or off for a service area. */
public record ModuleSwitched(long serviceAreaId, String moduleId, boolean on) {
}
