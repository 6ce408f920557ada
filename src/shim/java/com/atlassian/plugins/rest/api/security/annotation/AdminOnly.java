// Shim of com.atlassian.plugins.rest.api.security.annotation.AdminOnly; source:
// https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (io.codeclou
// ctendemo REST resources import it (public repo)); UNVERIFIED: @Retention/@Target not seen in source, RUNTIME + {TYPE,
// METHOD, PACKAGE} assumed from REST v1 com.atlassian.plugins.rest.common.security.UnrestrictedAccess (decompiled) and
// Confluence's SystemAdminOnly javadoc
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AdminOnly {}
