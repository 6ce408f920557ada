// Shim of org.ofbiz.core.entity.GenericEntityException; source: public OFBiz 2001 source of
// org/ofbiz/core/entity/GenericEntityException.java (checked, extends Exception; the lineage of Atlassian's entity
// engine)
// and https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (thrown by
// createCustomField)
// UNVERIFIED: Atlassian's current fork may interpose org.ofbiz.core.util.GeneralException as super-class (checked
// either way)
package org.ofbiz.core.entity;

@SuppressWarnings("serial")
public class GenericEntityException extends Exception {

    public GenericEntityException(String str) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public GenericEntityException(String str, Throwable nested) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
