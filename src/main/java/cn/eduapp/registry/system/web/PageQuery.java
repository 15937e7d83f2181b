package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.PageQuery;

/** {@code page} (0-based) and {@code size} (default 20, at most 200); anything else is a 400. */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApiProblem.badField("page", "INVALID_VALUE", "页码不能为负数");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiProblem.badField("size", "INVALID_VALUE", "每页条数须在 1 到 200 之间");
        }
        return new PageQuery(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
