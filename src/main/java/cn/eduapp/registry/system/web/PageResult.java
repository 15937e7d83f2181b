package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.PageQuery;
import cn.eduapp.registry.system.web.PageResult;

import java.util.List;
import java.util.function.Function;

/** {@code {items, page, size, total}} as every list answers. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static <T> PageResult<T> of(List<T> items, PageQuery q, long total) {
        return new PageResult<>(items, q.page(), q.size(), total);
    }

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), page, size, total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
