"""crisis.yaml: the crisis reply's words and its list of lines, checked to fit one message."""

from __future__ import annotations

from pathlib import Path

from content.fields import Fields, Problems, read_yaml
from content.markup import MESSAGE_LIMIT, telegram_length
from content.models import Crisis, CrisisResource
from content.render import resource_list

CRISIS_FIELDS = (
    "message",
    "someone_else",
    "resources",
    "grounding",
    "overdose",
    "someone_overdose",
)
RESOURCE_FIELDS = ("name", "region", "contact", "url")


def load_crisis(root: Path, problems: Problems) -> Crisis | None:
    path = root / "crisis.yaml"
    data = read_yaml(path, problems)
    if data is None:
        return None
    fields = Fields(data, path, "", problems, CRISIS_FIELDS)
    message = fields.html("message")
    someone_else = fields.html("someone_else")
    grounding = fields.html("grounding")
    overdose = fields.html("overdose", required=False, default="")
    someone_overdose = fields.html("someone_overdose", required=False, default="")
    resources: list[CrisisResource] = []
    for i, item in enumerate(fields.get("resources", list, default=[])):
        res = Fields(item, path, f"resources[{i}]", problems, RESOURCE_FIELDS)
        name, region = res.get("name", str), res.get("region", str)
        contact = res.get("contact", str)
        url = res.get("url", str, required=False, default="")
        if url and not url.startswith(("https://", "http://", "tel:")):
            res.fail("url", f"must be an http(s) link, got {url!r}")
        if name and region and contact:
            resources.append(CrisisResource(name, region, contact, url))
    if fields.ok and not resources and "resources" in fields.data:
        fields.fail("resources", "needs at least one resource")
    if not (message and someone_else and grounding and resources):
        return None
    listed = resource_list(resources)
    texts = {}
    for key, text in (("message", message), ("someone_else", someone_else)):
        texts[key] = f"{text}\n\n{listed}"
        if telegram_length(texts[key]) > MESSAGE_LIMIT:
            fields.fail(key, f"with the resources it exceeds {MESSAGE_LIMIT} characters")
    return Crisis(
        html=texts["message"],
        grounding_html=grounding,
        resources=tuple(resources),
        someone_else_html=texts["someone_else"],
        overdose_html=overdose,
        someone_overdose_html=someone_overdose,
    )
