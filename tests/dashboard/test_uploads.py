from dashboard.uploads import MAX_UPLOAD_BYTES, as_pipeline_input, check_uploads, refusal


def test_text_and_markdown_files_are_accepted():
    checked = check_uploads([("a.txt", b"Russia and Iran met."), ("B.MD", b"# Title")])
    assert checked.accepted == {"a.txt": b"Russia and Iran met.", "B.MD": b"# Title"}
    assert checked.refusals == []


def test_other_extensions_are_refused_by_name():
    message = refusal("payload.exe", 10)
    assert "payload.exe" in message and ".txt" in message and ".exe" in message
    assert "no extension" in refusal("README", 10)


def test_files_over_the_limit_are_refused_by_name():
    assert refusal("big.txt", MAX_UPLOAD_BYTES) is None
    message = refusal("big.txt", MAX_UPLOAD_BYTES + 1)
    assert "big.txt" in message and "5 MB" in message


def test_a_name_taken_by_the_corpus_is_refused():
    checked = check_uploads([("000_seed.txt", b"x")], corpus_files=["000_seed.txt"])
    assert checked.accepted == {}
    assert "000_seed.txt" in checked.refusals[0] and "rename" in checked.refusals[0]


def test_paths_in_uploaded_names_are_reduced_to_the_file_name():
    checked = check_uploads([("../../etc/x.txt", b"a"), ("C:\\Users\\me\\y.md", b"b")])
    assert set(checked.accepted) == {"x.txt", "y.md"}


def test_pipeline_input_is_sorted_by_name():
    assert as_pipeline_input({"b.txt": b"2", "a.txt": b"1"}) == (("a.txt", b"1"), ("b.txt", b"2"))
