"""Word lists for Korean PII detection: surnames, name cues, stop lists, address vocabulary.

Everything here is general Korean vocabulary, written from how complaints are phrased, not fitted
to any evaluation sentence. Sets are frozen at import; lookups are O(1).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def one_or_two_of(rest: str, endings: frozenset[str]) -> bool:
    """`rest` (what follows a value inside its word) is one of `endings` or two in a row:
    `는`, `님께서`, `에서는`; not `은색`."""
    if rest in endings:
        return True
    # Each way of cutting `rest` in two (a few), not each ending (a hundred): the same answer.
    return any(rest[:k] in endings and rest[k:] in endings for k in range(1, len(rest)))


# ------------------------------------------------------------------ surnames
# Single-syllable surnames: the ~90 most frequent in the census, leaving out rare ones that are
# mostly ordinary syllables (대, 상, 동, 단, 가 ...).
SURNAMES_1 = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 "
    "하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 "
    "연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 복 태 목 형 "
    "온 호 범 좌 팽 승 옹".split()
)
# Two-syllable surnames.
SURNAMES_2 = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방 황목 망절 어금".split())

# Syllables that (practically) never occur inside a given name: particles and verb endings.
NON_NAME_SYLLABLES = frozenset(
    "는를을에의께데듯것들됨됐했있없겠었았습니요죠네며랑게줘봐및등왜뭐"
    "스트드브크프르즈츠튜뷰쇼링딩킹핑팅닝텔펀톤톡팩틱툰퍼피티터버커쿠투푸뉴듀큐슈츄쥬셔켓렛넷셋텍렉섹엑씨폰으"
)
# Syllables common in given names (old and new generations). Weak evidence (lists, neighbours,
# copulas) needs every given-name syllable to be one of these; titles and cue words do not.
GIVEN_NAME_SYLLABLES = frozenset(
    "가강건겸경고곤광구국규균근금기길나남다담덕도동두라란람래량려련렬령례록룡루류륜률리린림마만명모무문미민"
    "배범별병보복봉분비빈빛사산상서석선설섭성세소솔송수숙순슬승시식신심아안애양언엽여연열영예오옥온완용우욱운"
    "웅원월유윤율은을의이익인일임자장재전점정조종주준중지진찬창채천철초춘충태택표필하학한해향혁현형혜호홍화환효"
    "후훈휘희흠흥"
)
# Syllables that do not end a given name (institutions, places, quantities, verb endings).
NON_NAME_LAST_SYLLABLES = frozenset("단회당청처법층증질폭팀판업령률품료물쪽측권감력편부고함됨중형갑범적시대총폰된던될할로과와소사계직면도해방간어교한전문")
# Given names that are also ordinary words; not rejected as "surname + common word".
NATIVE_GIVEN_NAMES = frozenset(
    "사랑 하늘 나라 마음 보람 슬기 한결 바다 여름 가을 겨울 이슬 하나 누리 다솜 아름 초롱 한별 새롬 나래 가람 "
    "다운 빛나 햇살 단비 미르 아라 라온 시온 온유 예솔 한솔 이든 나무 소망 기쁨 은총 "
    # Sino-Korean given names that are also words.
    "지원 유리 정원 진주 수정 은혜 민주 지혜 정의 성실 소리 현실 인정 연주 경주 수리 상민 선정 정연 은정".split()
)


def name_shaped(word: str) -> bool:
    """Surname + one or two given-name syllables (`김민수`, `남궁민`, `서연`)."""
    surname = 2 if word[:2] in SURNAMES_2 and len(word) >= 3 else 1
    given = word[surname:]
    return (2 <= len(word) <= 4 and (word[:surname] in SURNAMES_1 or word[:surname] in SURNAMES_2)
            and 1 <= len(given) <= 2
            and (all(c in GIVEN_NAME_SYLLABLES for c in given) or given in NATIVE_GIVEN_NAMES))


# ------------------------------------------------------------------ name cues
# Titles of office written after a public figure's name ("홍남기 부총리", "트럼프 대통령").
OFFICE_TITLES = _words("대통령 총리 부총리 사령관 장관 대사 주석 총재 의장 대변인")
# Positions in a team, written after a player's name ("유희관 투수에게").
TEAM_POSITIONS = _words("투수 포수 타자 내야수 외야수 공격수 수비수 골키퍼 미드필더")
# Titles and forms of address written after a name ("김철수 주무관", "박영희님").
POST_TITLES = _words(
    """
    님 씨 군 양 주무관 주무관님 팀장 팀장님 과장 과장님 계장 계장님 국장 국장님 실장 실장님 부장 부장님
    차장 차장님 대리 대리님 사원 주임 주임님 반장 조장 소장 소장님 원장 원장님 센터장 관장 관장님 이사 이사님
    상무 전무 사장 사장님 회장 회장님 대표 대표님 이사장 선생 선생님 교수 교수님 교사 강사 강사님 의원 의원님
    시장 시장님 구청장 구청장님 군수 군수님 도지사 지사 지사님 동장 동장님 통장 통장님 이장 이장님 경위 경위님
    경사 경장 순경 경감 경정 소방관 기사 기사님 변호사 변호사님 세무사 법무사 노무사 사무관 서기관 주사 주사보
    담당관 상담원 상담사 위원 위원장 총장 교장 교장선생님 교감 감독 코치 기자 작가 선수 어르신
    할머니 할아버지 여사 여사님 학생 어린이 원생 사회복지사 복지사 목사 목사님 신부 신부님 스님 수녀 선배 후배
    전도사 전도사님 장로 장로님 권사 권사님 집사 집사님 보살 보살님
    병장 상병 일병 이병 중사 하사 상사 소령 중령 대령 소위 중위 대위 고객 고객님 회원 회원님 드림 올림 배상 귀하
    판사 부장판사 재판장 검사장
    """
) | OFFICE_TITLES | TEAM_POSITIONS
# Titles that may be written directly after the name without a space. Left out: words that form
# compounds with ordinary nouns (노량진시장, 위안부할머니, 조울증환자, 신문기사), and 군/양
# ("홍성군" is a county).
ATTACHED_TITLES = POST_TITLES - _words(
    "드림 올림 배상 군 양 조장 반장 시장 할머니 할아버지 어르신 학생 어린이 원생 고객 고객님 회원 회원님 선수 상담원 상담사 담당 담당자 "
    "위원 기사 작가 기자 코치 감독 신부 상사 이사"
) - OFFICE_TITLES - TEAM_POSITIONS  # 법무장관, 국회의장, 선발투수: compounds with ordinary nouns
# Words written right before a name, in apposition ("민원인 홍길동", "아들 이준호가").
APPOSITION_CUES = _words(
    """
    민원인 신청인 신고인 신고자 제보자 청구인 진정인 고소인 고발인 피해자 가해자 피의자 작성자 담당자
    성명 이름 성함 본명 실명 예금주 세대주 세대원 보호자 대리인 수령인 수취인 발신인 받는분 보내는분 계약자
    임차인 임대인 세입자 소유자 소유주 집주인 건물주 대표 대표자 대표이사 명의자 가입자 상대방 당사자
    주무관 팀장 과장 계장 실장 국장 부장 차장 대리 주임 소장 관리소장 원장 경위 순경 경사 경장
    아들 딸 남편 아내 부인 어머니 아버지 엄마 아빠 어머님 아버님 할머니 할아버지 손자 손녀 동생 남동생 여동생
    오빠 누나 언니 조카 삼촌 이모 고모 외삼촌 사촌 배우자 며느리 사위 시어머니 시아버지 장모 장인
    상주 증인 참고인 원고 피고 채권자 채무자 피고소인 피고발인 피신청인 피청구인 신청자 위임인 위임자 수임인
    수임자 매도인 매수인 양도인 양수인 연고자 상속인 피상속인 보증인 연대보증인 피보험자 수익자 동거인 동거자
    응답자 조사원 조사자 면접자 면접관 확인자 입회자 접수자 처리자 결재자 작성인 의뢰인 의뢰자 추천인 피추천인
    대상자 수급자 수급권자 입소자 사망자 고인 망인 상담자 상담교사 상담사 처방의 주치의 담당의 집도의 방문간호사
    사회복지사 생활지원사 요양보호사 활동지원사 지표환자 장남 장녀 차남 차녀 삼남 삼녀 부친 모친 조부 조모 외조부 외조모
    아드님 따님 조합장 이사장 회장 부회장 사무장
    """
)
# Generic roles: before a word they usually describe a thing ("학생 안전", "기사 내용"), so they
# only count with a copula after the name ("직원 김민수입니다").
ROLE_CUES = _words(
    """
    공무원 담당공무원 직원 학생 친구 지인 이웃 선수 회원 고객 기사 담당 관리자 관계자 근로자 노동자 환자 사장
    사장님 교사 강사 원생 운전자 운전기사 점주 업주 사업주 고용주 입주자 입주민 거주자 의원 선생님 상담원
    경찰관 책임자 운영자 선생 간호사 의사 약사 변호사 기자 작가 주민 시민 구민 군민 도민 국민 학부모 주부
    자영업자 직장인 회사원 대학생 고등학생 중학생 초등학생 엄마 아빠 사는 거주하는 살고있는 근무하는 다니는
    """
)
# Nouns for a person in a case file, intake note or list (`아동 김하늘`, `사망자 홍길동`): a learned-tagger
# name span that opens with one is cut after it (recognizers/learned.py).
PERSON_NOUNS = _words(
    """
    아동 유아 영아 아기 자녀 학생 노인 어르신 대상자 수급자 수혜자 사망자 고인 망인 입원자 내원자 수험생 지원자
    응시자 참석자 참가자 수강생 교육생 훈련생 장학생 신입생 재학생 졸업생 임산부 산모 신생아 장애인 독거노인
    """
)
# Labels that may take a particle before the name ("성함이 변상훈이었는데", "예금주는 홍길동").
LABEL_CUES = _words("성명 이름 성함 본명 실명 예금주 명의자 작성자 담당자 신청인 민원인 신고인 신고자 보호자 수령인 대리인 계약자 세대주")
PRE_CUES = APPOSITION_CUES | ROLE_CUES
# A person's role before the name that is not a name label (`처방의`, `증인`, `대표`): evidence for spaced
# names (spaced.py) and a field's label (form_fields.py).
ROLES_BEFORE_A_NAME = APPOSITION_CUES - LABEL_CUES
# "저는 X입니다", "X라고 합니다": only with a copula / quotative after the name.
FIRST_PERSON_CUES = _words("저는 전 제가 나는 난 저희는 본인은 본인")
COPULA_RESTS = _words(
    "입니다 이고 이며 이라고 라고 이라는 라는 인데 이에요 예요 이었고 였고 이었는데 였는데 이였는데 이야 이다 입니다만 "
    "이었습니다 였습니다 이었어요 였어요 였던 이었던 였다 이었다 였다고 이었다고 이라서 라서 이라며 라며 이래요 래요"
)
# Neighbourhood cues two words back ("옆집 사는 X", "윗집 X가").
NEIGHBOUR_CUES = _words("옆집 윗집 아랫집 앞집 이웃집 이웃 옆방 윗층 아래층")
# Verbs after "X이/가": "X이 운영하는 식당".
OWNER_VERBS = ("운영하는", "운영하고", "운영중인", "운영 중인", "소유한", "소유하고", "대표로")

# Particles and copulas that may follow a name. Longest first when matched as prefixes.
NAME_PARTICLES = _words(
    """
    은 는 이 가 을 를 의 에게 께 께서 한테 와 과 도 만 랑 이랑 하고 에게서 한테서 님 씨 입니다 이고 이며 이가 이는
    이의 이를 이도 이와 이한테 이에게 이라고 라고 이라는 라는 이었는데 였는데 이었어요 였어요 이었고 였고
    인데 이에요 예요 이야 이다 으로 로 명의 명의로 앞 앞으로 외 등 측 쪽 씨가 씨는 씨의 씨에게 님이 님은 님의
    님께 님께서 이었습니다 였습니다 이라 라 이며 이지만 였던 이었던 였다 이었다 였다고 이었다고 이라서 라서
    """
)

# ------------------------------------------------------------------ stop lists
# Common words that begin with a surname syllable. They are never names, whatever cue is near.
COMMON_WORDS = _words(
    """
    김치 김밥 김장 이번 이후 이전 이상 이하 이외 이용 이용자 이웃 이웃집 이유 이사 이동 이해 이야기 이메일 이름
    이미 이제 이렇게 이런 이것 이곳 이분 이쪽 이상한 이의 이의신청 이행 이관 이장 이자 이익 이월 이내 이슈
    이벤트 이동식 이면도로 이물질 이륜차 이주 이틀 이십 이달 이번주 이때 이와 이외에 이용객 이사장 이모 이들
    박스 박물관 박람회 박사 최근 최대 최소 최초 최종 최고 최저 최선 최악 최신 최상 최저임금 최소한 최대한
    정부 정도 정말 정리 정비 정상 정책 정보 정류장 정문 정차 정지 정기 정식 정확 정확히 정해진 정원 정신 정액
    정산 정비소 정체 정화 정화조 정당 정치 정의 정규직 정기적 정작 정면 정오 정시 정년 정수기 정전 정육점 정부청사
    강제 강화 강의 강아지 강물 강변 강남 강북 강서 강동 강원 강력 강조 강당 강사 강풍 강수 강우 강제로 강한
    조치 조사 조속 조속히 조정 조례 조건 조금 조심 조성 조명 조합 조회 조직 조기 조만간 조경 조용 조용히 조리
    조작 조항 조각 조원 조치를 조카 윤리 장애 장애인 장소 장기 장비 장난 장사 장마 장례 장례식장 장점 장관 장면
    장치 장학금 장기간 장시간 장터 장판 장모 장인 임대 임대료 임시 임산부 임금 임차 임차인 임대인 임원 임의
    임야 임기 한번 한국 한계 한달 한편 한참 한국인 한글 한파 한강 한전 한정 한도 한동안 한두 한쪽 한창 한밤중
    한가운데 한결 한마디 한옥 한국전력 한가지 한가 한숨 한심 오늘 오후 오전 오래 오류 오염 오물 오토바이 오히려
    오픈 오랫동안 오수 오르막 오직 오해 오작동 오피스텔 오른쪽 오빠 서류 서비스 서울 서로 서명 서쪽 서식 서구
    서민 서둘러 서점 서랍 서면 서비스센터 서초 서귀포 서산 신청 신고 신호 신축 신규 신청서 신청인 신고인 신분
    신분증 신속 신속히 신경 신뢰 신발 신도시 신용 신호등 신문 신설 신체 신혼부부 신입 신임 신원 신고자 신랑 신부
    권리 권한 권고 권유 권익 황당 황사 황당한 황금 안내 안전 안녕 안녕하세요 안쪽 안건 안정 안심 안타깝 안내문
    안내판 안방 안경 안과 안산 안양 안동 안된 안되 안돼 안전한 안전사고 송구 송금 송전탑 송유관 송달 송파 전화
    전체 전기 전부 전혀 전국 전달 전용 전문 전세 전입 전출 전환 전시 전통 전쟁 전에 전날 전년 전액 전기차 전봇대
    전선 전단지 전동 전동킥보드 전산 전담 전자 전임 전철 전광판 전망 전면 전반 전복 전염병 전월세 전주 전남
    전북 전화번호 전세금 전문가 홍보 홍수 홍보물 유지 유치원 유도 유료 유리 유일 유사 유출 유기 유기견 유기묘
    유흥 유지보수 유해 유동 유모차 유아 유의 유감 유형 유효 유사시 유성 유튜브 고객 고지서 고장 고민 고려
    고속도로 고양이 고발 고소 고정 고층 고령 고령자 고등학교 고등학생 고속 고시 고충 고용 고지 고통 고물 고기
    고무 고가 고가도로 고개 고급 고독사 고속버스 고양 고성 고모 고객님 고객센터 문제 문의 문자 문서 문화 문제점
    문구 문턱 문앞 문화재 문의처 문경 양해 양측 양쪽 양식 양방향 양도 양심 양주 양평 양산 양천 손해 손님 손상
    손실 손해배상 손가락 손자 손녀 배송 배달 배수 배출 배치 배려 배수구 배수로 배차 배상 배정 배기가스 배관
    배달원 배우자 백화점 백신 백만 허가 허위 허용 허락 허리 허점 남자 남편 남성 남쪽 남은 남아 남구 남녀 남동생
    남양주 남원 남동 심각 심야 심사 심한 심하 심해 심지어 심정 심리 심의 심각한 노인 노후 노력 노선 노면 노상
    노점 노동 노동자 노약자 노래 노래방 노선버스 노출 노인정 노원 하루 하수 하수도 하수구 하천 하자 하지만 하나
    하교 하차 하천변 하기 하는 하여 하게 하고 하남 하나님 하루종일 성인 성명 성함 성별 성실 성과 성능 성폭력
    성범죄 성장 성당 성심 성의 성남 성북 성동 차량 차도 차선 차단 차별 차이 차례 차라리 차고 차주 차로 차장
    차량번호 차단기 차박 주민 주차 주변 주소 주택 주말 주의 주요 주인 주간 주거 주기 주류 주문 주장 주로 주차장
    주민센터 주민등록 주택가 주정차 주행 주유소 주무관 주관 주최 주위 주기적 주무부서 주민들 주차비 주민번호
    우리 우선 우편 우회 우측 우려 우체국 우리집 우수 우천 우울 우산 우유 우연 우리나라 구청 구역 구간 구조 구매
    구입 구체적 구조물 구청장 구멍 구급차 구립 구민 구의원 구석 구내 구별 구성 구미 구리 민원 민원인 민원실 민간
    민폐 민사 민주 민감 나무 나중 나이 나라 나머지 나름 나들이 나눔 나주 진행 진짜 진입 진료 진단 진정 진술 진출
    진동 진입로 진주 지역 지원 지금 지난 지정 지하 지하철 지하주차장 지원금 지급 지적 지속 지연 지시 지구 지도
    지방 지출 지점 지자체 지침 지원센터 지난주 지난달 지난해 지인 엄청 엄마 엄격 엄중 채용 채무 채권 채소 채광
    채취 원래 원인 원룸 원장 원칙 원본 원활 원상복구 원격 원서 원망 원금 원청 원주 천장 천천히 천막 천만 천원
    천안 방문 방치 방법 방향 방송 방지 방역 방안 방음 방음벽 방해 방범 방과후 방학 방식 방충망 공사 공원 공무원
    공공 공간 공지 공사장 공문 공용 공장 공단 공영 공정 공휴일 공식 공동 공동주택 공개 공모 공급 공연 공터
    공해 공항 공포 공모전 공중화장실 공동현관 공고 공주 현재 현장 현관 현수막 현실 현금 현상 현행 현황 현지
    함께 함부로 변경 변동 변호사 변화 변명 변기 염려 염화칼슘 여기 여러 여름 여자 여성 여부 여전히 여행 여유
    여러분 여론 여건 여권 여가 여의도 여주 여수 추가 추진 추석 추위 추후 추천 추락 추첨 추측 도로 도움 도시
    도서관 도착 도입 도대체 도저히 도난 도면 도보 도청 도심 도색 도로변 도배 도로명 도시가스 도급 도로공사 도봉
    소음 소리 소방 소방서 소유 소유자 소송 소득 소비 소화전 소각 소독 소식 소방차 소상공인 소규모 소통 소요
    소중 소아 소형 석면 석유 석사 선거 선생 선생님 선정 선택 선착순 선로 선처 선별 선진 선박 선물 선수 선배
    선반 선도 설치 설명 설명회 설계 설립 설문 설날 설비 설정 설마 마을 마음 마련 마지막 마감 마트 마스크
    마찬가지 마당 마침 마치 마약 마포 길가 길이 길거리 길목 길고양이 연락 연락처 연장 연휴 연구 연말 연속 연체
    연금 연결 연기 연령 연간 연계 연초 연도 연합 연수 위반 위치 위험 위해 위원 위원회 위생 위탁 위쪽 위층 위법
    위배 위로 위기 위주 표지판 표시 표지 표현 표준 명의 명확 명단 명절 명칭 명령 명시 명백 명예 기간 기존 기준
    기타 기관 기사 기록 기능 기대 기업 기초 기본 기계 기억 기회 기부 기한 기사님 반려견 반대 반드시 반복 반영
    반납 반환 반려 반려동물 반품 반찬 반응 반지하 반나절 반장 라면 왕복 왕따 금지 금액 금요일 금년 금연 금연구역
    금방 금융 옥상 옥외 육교 육아 육아휴직 인근 인도 인상 인정 인터넷 인원 인력 인해 인하 인식 인구 인사 인가
    인접 인허가 인증 인적사항 인테리어 인권 인천 맹견 제출 제공 제기 제대로 제한 제도 제외 제발 제일 제가 제품
    제보 제목 제작 제거 제설 제안 제시 제재 제주 제때 제보자 모두 모든 모습 모집 모르 모임 모니터링 모자 모래
    모기 탁상행정 국가 국민 국민신문고 국회 국회의원 국도 국립 국내 국제 국가유공자 국토 국세 국적 어린이
    어린이집 어르신 어머니 어머님 어제 어려움 어디 어떻게 어린 어느 어두운 어차피 어려운 은행 은퇴 편의 편의점
    편리 편안 편지 편견 용도 용량 용역 용기 용납 용인 용산 예정 예산 예약 예방 예전 예외 예시 예상 예비 예술
    예절 경찰 경찰서 경우 경비 경비실 경로 경로당 경고 경계 경기 경매 경사 경제 경험 경과 경유 경적 경로우대
    경계선 경기도 경주 경남 경북 봉사 봉투 봉사활동 사람 사고 사용 사진 사실 사항 사업 사이 사건 사회 사례
    사유 사과 사거리 사설 사망 사정 사무실 사업자 사장 사전 사용자 사유지 사생활 사회복지사 사천 사본 부분 부서
    부족 부담 부모 부당 부과 부탁 부실 부근 부모님 부동산 부재 부지 부처 부산 부정 부착 부서장 부득이 부작용
    부상 부패 부평 부천 부인 가구 가족 가게 가격 가능 가로등 가스 가정 가장 가입 가해자 가해 가운데 가까운 가끔
    가량 가지 가평 복지 복지관 복도 복구 복잡 태풍 태도 태양광 목소리 목적 목요일 목포 형님 형편 형식 계약
    계속 계단 계획 계좌 계절 계산 피해 피해자 피해를 두개 두번 감사 감독 감시 감면 감염 음식 음식점 음주 음악
    빈집 빈번 동네 동물 동의 동안 동생 동시 동장 동구 동해 온도 온라인 호실 호텔 호수 범죄 범위 좌회전 좌측
    상가 상황 상태 상담 상대 상습 상수도 상가건물 간판 간격 간호사 단지 단속 단체 단독 단순 당장 당시 당연 당일
    당사자 당첨 화장실 화재 화단 화물차 창문 창고 순찰 순서 대로 대기 대상 대책 대응 대한 대해 대부분 대중교통
    대구 대전 대학 대형 대표 판단 판매 견인 견적 어머 사모 유튜버 유튜브 민간인 정치인 연예인 외국인 한국인 방송인
    공인 유명인 일반인 조회수 조울증 조현병 위안부 양아치 민주당 여당 야당 정신질환 정신병 정신과 노량진 가해 지사 성폭행 성희롱 성추행
    성관련 성매매 성착취 성적 성차별 권위 권위주의 고치고 공사 선수단 선수촌 옹호자 지지자 반대자 유공자 노동부
    국토부 교육부 국방부 외교부 법무부 행안부 복지부 환경부 여가부 기재부 하느님 하나님 여중생 여고생 남학생 여학생
    강간범 성범죄자 전용주차장 금전적 사망시 한국형 태통령 대통령 경남도 전남도 전북도 충남도 충북도 경북도
    원내 원내대표 총리 부총리 예비군 민방위 여행사 원어민 지구대 공영주차장 한테 한테도 도와주 도와줘 주식 신입생
    재학생 졸업생 수험생 유학생 전학생 구급대 구조대 소방대 경비원 미화원 청소원 배달원 상담원 연구원 공단 분양
    선분양 후분양 검사 검사장 진술 진술서 선장 도덕 소설 사서 국정원 기무사 경찰청 검찰청 법원 장군 장군님 도련님
    사행성 사라진 사라져 주변인 주변 지인들 태권도 유도 검도 합기도 지난번 지난주 지난달 지난해 이번달 이번주 정산기 사업장 주소지 형태 기록 형사 기분 기술 기자 기온 기름
    기사 기념 기둥 기부금 방문 방문객 방송국 조사관 조사원 주차선 주차면 주차권 주택가 사무소 사무국 사업비
    공무원증 공사비 공사현장 공사차량 공사장비 관리비 관리사무소 관리실 관리인 정비사 정비공 정수장 하수처리장
    """
)

# Banks as people write them before an account number (`신한 110-234-567890`); never names (`(신한)`).
BANK_NAMES = ("은행", "국민", "신한", "우리", "하나", "농협", "기업", "카카오뱅크", "케이뱅크", "토스뱅크", "우체국",
              "새마을금고", "신협", "수협", "SC제일", "씨티", "산업", "부산", "대구", "경남", "광주", "전북", "제주",
              "KB", "IBK", "NH")

# Column headers of tables and forms (`번호 | 이름 | 비고`): the tagger reads a header row's last cell
# as a name when names fill the column below it.
_OFFICE_TITLES = POST_TITLES - {"님", "씨", "군", "양"}


def surname_and_title(word: str) -> bool:
    """`박과장`, `김팀장님`: a surname and a title of office, no given name; how colleagues are named
    in chats and minutes, and no more personal than the title alone."""
    return ((word[:1] in SURNAMES_1 and word[1:] in _OFFICE_TITLES)
            or (word[:2] in SURNAMES_2 and word[2:] in _OFFICE_TITLES))


TABLE_HEADERS = _words(
    "비고 구분 연번 순번 번호 합계 소계 내용 일자 소속 직위 직급 직책 담당 날짜 확인 결과 처리 항목 수량 단가 참석 불참 "
    "출석 결석 부서명 서명란 상호 "
    # a form's field labels, never a name (`사번(ID): 20417`)
    "사번 학번 군번 직번 성명 성함 이름 생년월일 연락처 휴대폰 이메일 동호수 호수 세대주 세대원"
)

# What a name field holds when it holds no name (`작성자: 미상`, `성명: 비공개`).
FIELD_FILLERS = _words("미상 미기재 미정 미입력 미확인 없음 불명 익명 무명 해당없음 생략 비공개 공란 본인 대리인 기타")

# Words that stand before a title without being a name ("담당 주무관", "여성 직원").
TITLE_MODIFIERS = _words(
    "담당 해당 전임 후임 신임 신규 여성 남성 젊은 나이든 친절한 불친절한 당시 현 전 그 이 저 각 관련 소속 "
    "직원 공무원 관리 책임 현장 민원 상담 행정 복지 교통 환경 건축 도로 주차 위생 세무 민원실 출동 남자 여자"
)

# Countries and peoples (first two syllables): kiwi tags them as proper nouns.
COUNTRIES = _words("미국 중국 일본 북한 남한 한국 조선 소련 러시 태국 이란 이라 이스 베트 필리 캄보 몽골 인도 대만 홍콩 영국 독일 조지 남조 북조")

# Complaint vocabulary that petition titles rarely hold (so common_words.txt lacks it) and a tagger
# built on another CPU read as names in the repository's sample uploads (`업로드가 되지 않아`).
EVERYDAY_WORDS = _words("업로드 다운로드 재민원 회신 집중호우 진드기 벤치 공연장 강습 큰길 균열 영치 일주일 사흘 나흘 보름 "
                        "정정 이중 "
                        # chat replies (`네네 그거요`, `응 아까`, `넵 토욜`)
                        "네네 넵 응 웅 헐 아까 토욜 일욜 ㅇㅇ \u110b\u110b")  # ㅇㅇ after NFKC too
# Car models and devices, written in car registers, parking lists and app reviews (`29 고 8416 / 모닝`).
PRODUCT_NAMES = _words(
    """
    모닝 스파크 아반떼 쏘나타 소나타 그랜저 그랜져 제네시스 쏘렌토 스포티지 싼타페 산타페 투싼 카니발 팰리세이드
    코나 베뉴 니로 셀토스 모하비 포터 봉고 스타렉스 스타리아 티볼리 코란도 렉스턴 말리부 트랙스 트레일블레이저 캐스퍼
    아이오닉 벨로스터 엑센트 프라이드 마티즈 카렌스 에쿠스 체어맨 무쏘 액티언 토레스 올란도 스토닉 쏘울 아이패드 아이폰
    갤럭시 맥북 에어팟
    """
)

# Words that are never a name, whatever a recognizer of names reads around them (the tagger's veto
# and the form-field recognizers start from this and add their own).
NOT_NAMES = (COMMON_WORDS | TABLE_HEADERS | FIELD_FILLERS | frozenset(BANK_NAMES) | POST_TITLES | PRE_CUES
             | TITLE_MODIFIERS | EVERYDAY_WORDS | PRODUCT_NAMES)

# ------------------------------------------------------------------ address vocabulary
# Last syllables of administrative areas (서울시, 경기도, 팔달구, 용인군, 신갈동, 남사읍, 원삼면, 고기리).
ADMIN_SUFFIXES = ("시", "도", "구", "군", "동", "읍", "면", "리")
SIDO = (
    "서울특별시 서울시 서울 부산광역시 부산시 부산 대구광역시 대구시 대구 인천광역시 인천시 인천 광주광역시 광주시 "
    "대전광역시 대전시 대전 울산광역시 울산시 울산 세종특별자치시 세종시 세종 경기도 경기 강원특별자치도 강원도 강원 "
    "충청북도 충북 충청남도 충남 전북특별자치도 전라북도 전북 전라남도 전남 경상북도 경북 경상남도 경남 "
    "제주특별자치도 제주도 제주 광주"
).split()

# Common words that end like a road name (…로/…길) but are not one.
NOT_ROADS = _words(
    """
    도로 차로 진로 경로 통로 선로 수로 항로 활주로 교차로 산책로 등산로 출입로 우회로 대로 철로 미로 하수로 배수로
    고속도로 자전거도로 전화로 문자로 메일로 이메일로 카드로 계좌로 번호로 주소로 연락처로 팩스로 등기로 택배로
    버스로 지하철로 택시로 도보로 자전거로 오토바이로 말로 실제로 대체로 주로 별로 새로 바로 서로 따로 홀로 절대로
    그대로 마음대로 제대로 멋대로 함부로 스스로 정말로 진짜로 위로 추가로 무료로 유료로 공짜로 차례로 최초로
    최종로 순서로 단위로 기준으로 결과로 이유로 목적으로 원인으로 앞으로 뒤로 옆으로 밖으로 안으로 쪽으로 아래로
    골목길 산책길 오솔길 지름길 등굣길 출근길 퇴근길 귀갓길 빗길 눈길 밤길 길 갈림길 진입로 보행로 인도로 차도로
    방향으로 현금으로 우편으로 서면으로 구두로 전자로 자동으로 수동으로 개별로 일괄로 정식으로 임시로 전체로
    """
)
# Words ending in 동/리/가 (the jibun township suffixes) that are not townships.
NOT_TOWNSHIPS = _words(
    """
    활동 행동 운동 자동 이동 공동 변동 작동 가동 출동 협동 감동 충동 소동 난동 폭동 연동 진동 발동 노동 아동 기동
    유동 구동 파동 부동 준동 선동 관리 처리 거리 요리 유리 우리 소리 머리 자리 다리 무리 논리 원리 수리 심리
    권리 편리 총리 경리 부리 꼬리 가리 도리 조리 진리 윤리 물리 의리 정리 대리 추가 증가 평가 참가 휴가 대가
    작가 국가 전문가 인가 허가 부가 누가 단가 시가 원가 물가 고가 주가 외가 친가 화가 특가 정가 할인가 농가
    일자리 앞자리 뒷자리 끝자리 첫자리 잠자리 가장자리 항아리 병아리 울타리 개나리 메아리 실마리 보따리 꾸러미
    승리 분리 섭리 미리 오리 마리 고리 그리 이리 저리 요리조리 소쿠리 우두머리 대머리
    """
)

# Counters and units: a number followed by one of these is a quantity, not a building number.
COUNTERS = (
    "만 억 조 천 백 개월 개 명 원 건 회 번째 번 차례 차 일 월 년 시간 시 분 초 세 살 대 권 장 마리 가지 곳 주 배 위 등 평 "
    "호선 인분 인 병 잔 통 그릇 켤레 채 동안 퍼센트 프로 미터 킬로 센티 층짜리 km m cm mm kg g % 톤 리터 L"
).split()

# ------------------------------------------------------------------ names in hanja and kana
# The first character of a name written in Chinese characters: Korean surnames in hanja (traditional
# forms), the frequent Chinese ones in simplified forms, and the first characters of frequent
# Japanese family names (鈴木, 山本, 佐藤). A hanja span the tagger calls a name that starts with none
# of these is a Chinese or Japanese word or sentence (`出生日期`, `店铺地址`), not a name.
HANJA_SURNAMES = frozenset(
    "金李朴崔鄭姜趙尹張林韓吳徐申權黃安宋柳全洪高文梁孫裵裴白許劉南沈盧丁河郭成車朱禹具辛任田閔兪俞羅陳池嚴"
    "蔡元千方孔玄康咸卞廉楊邊呂秋魯都蘇愼慎石宣薛馬吉周延房魏表明王琴孟諸卓葛鞠潘殷余片龍芮奉庚夫程昔陸印睦"
    "晉邢太皮史蔣甘董燕賓尙尚牟玉桂卜景采溫邕杜左魚于彭鮮獨司西東"
    "黄刘赵张陈杨吴郑孙罗许冯邓曹曾肖袁蒋叶苏吕姚卢钟谭陆汪范廖贾夏韦付邹熊秦邱江闫段雷侯龙陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫向汤胡何唐韩谢"
    "佐鈴伊渡山中小加吉松井木清斎森池橋阿前藤岡長村近坂遠青福原三竹和桜野上大今岩工宮内菊久平杉増堀荒市服"
    "本柴浅水北永川酒樋横菅宇河島古矢星丸黒"
)
# A hanja character (CJK unified ideographs, extension A, compatibility ideographs).
HANJA_CHAR = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# Greetings and thanks that start like a surname (谢 Xie, 你 is not one): never a name.
HANJA_NOT_NAMES = frozenset("谢谢 謝謝 感谢 感謝 多谢 您好 你好".split())

# Organisations and things, not people: `카카오뱅크`, `다산콜센터`, `○○마트`.
ORG_SUFFIXES = ("은행", "뱅크", "센터", "마트", "공사", "공단", "협회", "재단", "병원", "학교", "대학교", "아파트",
                 "빌라", "카드", "보험", "증권", "회사", "그룹", "전자", "건설", "상사", "교회", "성당", "구청", "시청",
                 # shops and small firms (`도담분식`, `준수철물`, `에이스하우징`), schools, stations and parks
                 # shortened (`서둔초`, `죽전역`); a name-shaped word is never cut by these (recognizers/learned.py: `plausible`)
                 "학원", "교습소", "인테리어", "하우징", "사무소", "로스터스", "철물", "네일", "수산", "치킨", "분식", "상회",
                 "설비", "이엔지", "방", "조경", "케이터링", "공방", "반찬", "정밀", "체육회", "클래스", "프라자", "플라자",
                 "공원", "역", "초", "렌트카", "카페", "커피", "식당", "약국", "부동산", "중개사", "미용실", "헤어",
                 "세탁", "정육점", "베이커리", "떡집", "꽃집", "문구", "서점", "안경", "스튜디오", "컴퍼니", "산업", "기업",
                 "물산", "테크", "솔루션", "유통", "식품", "푸드", "물류", "운수", "택배", "상가", "마켓", "몰",
                 # farms, clinics, care homes and eateries (`백암농원`, `튼튼정형외과의원`, `푸른숲어린이집`); not 의원 alone,
                 # a lawmaker's title after a name (`홍길동 의원`)
                 "농원", "농장", "목장", "축산", "커머스", "과의원", "한의원", "치과", "내과", "외과", "어린이집", "유치원",
                 "요양원", "복지관", "도서관", "경로당", "칼국수", "국밥", "냉면", "갈비", "횟집", "펜션", "모텔", "호텔",
                 "농협", "금고")
