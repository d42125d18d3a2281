"""Pagination links for list responses (relative URLs keeping the caller's filters)."""
from __future__ import annotations

from flask import request, url_for


def page_links(page: int, pages: int, per_page: int) -> dict[str, str | None]:
    args = request.args.to_dict(flat=False)
    args.pop("page", None)
    args["per_page"] = [str(per_page)]

    def at(number: int) -> str:
        return url_for(request.endpoint or "", **(request.view_args or {}), **args, page=number)

    return {
        "self": at(page),
        "first": at(1),
        "last": at(pages),
        "next": at(page + 1) if page < pages else None,
        "prev": at(min(page - 1, pages)) if page > 1 else None,
    }


def self_link() -> dict[str, str]:
    return {"self": request.full_path.rstrip("?")}
