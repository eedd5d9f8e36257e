"""One palette for every chart and highlight, so a colour means the same thing everywhere."""

PRIMARY = "#1f4e79"
SECONDARY = "#8fb3d9"
GREY_TEXT = "#8a9099"

POLARITY_ORDER = ("cooperation", "tension", "neutral")
POLARITY_COLOURS = {
    "cooperation": "#1b9e77",
    "tension": "#d95f02",
    "neutral": "#8c8c8c",
}
POLARITY_TINTS = {
    "cooperation": "#d3efe6",
    "tension": "#fbe0cc",
    "neutral": "#e6e6e6",
    "mixed": "#efe3f7",
}
STANCE_COLOURS = {
    "asserts": PRIMARY,
    "denies": "#6a3d9a",
    "disputes": "#cab2d6",
    "hopes": SECONDARY,
    "warns": "#e6ab02",
}
NET_LINE = "#1b1f24"
FLAG_COLOUR = "#b8336a"  # warnings about a happening's sourcing
