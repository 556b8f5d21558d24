"""Place names for the LOCATION gazetteer (recognizers/place.py): general geography written from
public knowledge (Korean administrative areas, countries, regions, large cities abroad), not from
any evaluation set.

PLACES are matched as whole words (a particle may follow); AMBIGUOUS names are also ordinary words
(예산 budget, 음성 voice, 진주 pearl, 공주 princess, 고양이 cat ...) and count only with their
administrative suffix (`예산군`, `진주시`) or a province before them (`충남 예산`).
"""

from __future__ import annotations


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Provinces and metropolitan cities, with their short and regional forms.
PROVINCES = _w(
    """
    서울 부산 대구 인천 광주 대전 울산 세종 강원 충북 충남 전북 전남 경북 경남 제주 충청 전라 경상
    충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 경기도 강원도 제주도 충청도 전라도 경상도
    호남 영남 수도권 영동 영서 한반도 울릉도 독도
    """
)

# Cities and counties (시/군) and well-known districts (구), without their suffix.
CITIES = _w(
    """
    수원 성남 용인 화성 안양 부천 안산 평택 시흥 의정부 파주 김포 하남 오산 군포 의왕 이천 구리 남양주 양주 포천 동두천
    가평 양평 연천 과천 광명 춘천 원주 강릉 동해 속초 삼척 태백 홍천 횡성 영월 평창 정선 철원 화천 양구 인제 양양
    청주 충주 제천 보은 옥천 영동 증평 진천 괴산 단양 천안 아산 당진 서산 보령 논산 계룡 공주 태안 홍성 청양 서천
    금산 부여 전주 군산 익산 정읍 남원 김제 완주 무주 진안 임실 순창 고창 부안 목포 여수 순천 광양 나주 담양 곡성
    구례 고흥 화순 장흥 강진 해남 영암 무안 함평 신안 완도 포항 경주 김천 안동 구미 영주 영천 상주 문경 경산 칠곡
    청송 영덕 울진 울릉 봉화 군위 창원 마산 진해 진주 통영 사천 김해 밀양 거제 양산 함안 창녕 남해 하동 산청 함양
    거창 합천 서귀포 강남 강북 강서 강동 서초 송파 마포 용산 종로 중랑 노원 도봉 은평 서대문 동대문 성북 성동 광진
    관악 동작 영등포 구로 금천 양천 해운대 수영 동래 사하 기장 수성 달서 달성 유성 분당 일산 판교 광교 영통 팔달
    장안 권선 수지 기흥 처인 동탄 송도 청라 목동 잠실 여의도 신촌 홍대 명동 이태원 압구정 청담 대치 세종
    """
)

# Names that are ordinary words too: they need their suffix or a province before them.
AMBIGUOUS = _w(
    """
    예산 음성 진도 장수 영광 공주 진주 고양 양산 구미 화성 부여 정선 보성 고성 성주 의성 청도 상주 장성 광명 안성
    영주 완도 영동 남해 강진 금산 단양 곡성 하동 의령 고령 예천 영양 무주 울진 보은 평창 홍성 중구 동구 서구 남구
    북구 수영 장안 팔달 수지 기흥 대치 명동 목동 세종 영서 경기 경주 함양 거창 전주 이천 구리 양주 동작 기장 수성
    달성 유성 분당 완주
    """
)

# Countries, continents, oceans and regions of the world.
WORLD_REGIONS = _w(
    """
    한국 대한민국 남한 북한 미국 중국 일본 대만 홍콩 마카오 몽골 러시아 베트남 태국 필리핀 인도네시아 말레이시아
    싱가포르 캄보디아 라오스 미얀마 파키스탄 방글라데시 스리랑카 네팔 부탄 아프가니스탄 이란 이라크 시리아 요르단
    레바논 이스라엘 팔레스타인 사우디아라비아 사우디 쿠웨이트 카타르 바레인 예멘 아랍에미리트 튀르키예 터키
    이집트 리비아 튀니지 알제리 모로코 에티오피아 케냐 탄자니아 우간다 르완다 나이지리아 세네갈 코트디부아르
    카메룬 콩고 앙골라 잠비아 짐바브웨 모잠비크 마다가스카르 남아공 남아프리카공화국 영국 프랑스 독일 이탈리아
    스페인 포르투갈 네덜란드 벨기에 룩셈부르크 스위스 오스트리아 덴마크 노르웨이 스웨덴 핀란드 아이슬란드 아일랜드
    폴란드 체코 슬로바키아 헝가리 루마니아 불가리아 그리스 세르비아 크로아티아 슬로베니아 보스니아 알바니아 우크라이나
    벨라루스 몰도바 리투아니아 라트비아 에스토니아 조지아 아르메니아 아제르바이잔 카자흐스탄 우즈베키스탄 키르기스스탄
    타지키스탄 투르크메니스탄 캐나다 멕시코 쿠바 과테말라 온두라스 니카라과 코스타리카 파나마 콜롬비아 베네수엘라
    에콰도르 페루 볼리비아 브라질 칠레 아르헨티나 우루과이 파라과이 호주 오스트레일리아 뉴질랜드 피지 괌 사이판 하와이
    아시아 유럽 아프리카 아메리카 북미 남미 중남미 라틴아메리카 중동 동남아 동남아시아 동아시아 중앙아시아 서남아시아
    동북아 동북아시아 오세아니아 태평양 대서양 인도양 북극 남극 시베리아 발칸 스칸디나비아 카리브 지중해 유라시아
    """
)

# Large cities abroad, as Korean newspapers write them.
WORLD_CITIES = _w(
    """
    평양 신의주 원산 함흥 남포 도쿄 오사카 교토 나고야 요코하마 후쿠오카 삿포로 고베 오키나와 베이징 상하이
    톈진 충칭 광저우 선전 칭다오 다롄 선양 하얼빈 우한 청두 난징 항저우 시안 옌볜 타이베이 울란바토르 하노이 호찌민
    다낭 방콕 마닐라 자카르타 발리 쿠알라룸푸르 프놈펜 양곤 뉴델리 뭄바이 카트만두 두바이 아부다비 도하 리야드
    테헤란 바그다드 다마스쿠스 베이루트 예루살렘 텔아비브 카이로 나이로비 이스탄불 앙카라 모스크바 블라디보스토크
    상트페테르부르크 런던 파리 베를린 뮌헨 프랑크푸르트 함부르크 로마 밀라노 베네치아 나폴리 마드리드 바르셀로나
    리스본 암스테르담 브뤼셀 제네바 취리히 스톡홀름 오슬로 코펜하겐 헬싱키 바르샤바 프라하 부다페스트 아테네 키이우
    뉴욕 워싱턴 로스앤젤레스 샌프란시스코 시카고 보스턴 시애틀 라스베이거스 애틀랜타 휴스턴 댈러스 마이애미 필라델피아
    디트로이트 토론토 밴쿠버 몬트리올 오타와 멕시코시티 상파울루 리우데자네이루 부에노스아이레스 시드니 멜버른
    오클랜드 브리즈번
    """
)

PLACES = PROVINCES | CITIES | WORLD_REGIONS | WORLD_CITIES

# What may follow an ambiguous name to make it a place (`진주시`, `예산군`, `중구청` is not a place).
ADMIN_SUFFIXES = ("특별자치시", "특별자치도", "광역시", "특별시", "시", "군", "구", "도", "읍", "면")

# Nouns an unambiguous place name is often glued to; the name alone is the place (`런던올림픽`).
COMPOUND_HEADS = _w("영화 드라마 올림픽 월드컵 여행 노선 출신 대사관 영사관 교민 동포 국적 사람")

# Facilities named after a proper name (`신라호텔`, `보린교회`, `서해대교`, `포천의료원`). Not 병원, 역,
# 산, 지구: too many ordinary words end in them (대학병원, 지역, 생산, 지구온난화).
FACILITY_NOUNS = _w("호텔 교회 성당 대교 의료원 해수욕장 고속도로 분기점 나들목 터미널 공항 타워")

# Words before a facility noun that make it generic, not a name (`국제공항`, `버스터미널`).
GENERIC_FACILITY_STEMS = _w(
    """
    국제 종합 시립 국립 도립 구립 대형 소형 인근 근처 해당 주변 동네 우리 지역 관광 특급 고급 시외 고속 버스
    고속버스 시외버스 여객 화물 무인 개척 일반 전국 주요 공영 민간 신규 기존 신축 가까운 새로운 다른 모든 작은
    큰 유명 인기 저가 비즈니스 호텔 교회 대형교회 지방 국내 해외 민자 유료 무료 도시 시내 복합 환승 임시
    """
)


def city_or_district(word: str) -> bool:
    """A city, county, province or district with its suffix (`성남시`, `권선구`, `가평군`, `경기도`):
    a place, never a person, whatever a tagger or a label before it says."""
    return len(word) >= 2 and word[-1] in "시군구도" and word[:-1] in _CITIES_AND_PROVINCES


_CITIES_AND_PROVINCES = CITIES | PROVINCES
