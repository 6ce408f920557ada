// Shim of com.atlassian.jira.web.bean.PagerFilter; source:
// https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html (public class PagerFilter<T>
// implements Serializable; static raw PagerFilter newPageAlignedFilter(int index, int max); subset, constructors
// omitted)
package com.atlassian.jira.web.bean;

import java.io.Serializable;

@SuppressWarnings({"serial", "rawtypes"})
public class PagerFilter<T> implements Serializable {

    private PagerFilter() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static PagerFilter newPageAlignedFilter(int index, int max) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
