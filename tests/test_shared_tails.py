"""Two coordinated dataset names that end in the same short capitals both take them (issue 18; sentences written
for these tests): "QuokTec AD and BarTech AD" names BarTech AD, not BarTech and a Method "AD"."""
from helpers import found_mentions as _found


def test_a_name_coordinated_with_a_lexicon_name_takes_their_shared_capitals():
    found = _found("Our detector is tested on two industrial sets, MVTec AD and QuokTech AD, and beats all baselines.")
    assert ("Dataset", "QuokTech AD") in found
    assert ("Dataset", "QuokTech") not in found
    assert not any(t == "AD" for _, t in found)


def test_capitals_no_coordinated_name_ends_in_stay_apart():
    found = _found("Our model is tested on KITTI and QuokLab VO odometry runs.")
    assert ("Dataset", "QuokLab VO") not in found


def test_a_name_by_its_shape_in_a_list_of_three_takes_the_shared_capitals():
    found = _found("Our detector is tested on MVTec AD, QuokTech AD and NumBatSet, and beats all baselines.")
    assert ("Dataset", "QuokTech AD") in found
    assert not {t for k, t in found if t in ("QuokTech", "AD")}
