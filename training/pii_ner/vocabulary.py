"""Word lists the synthetic training sentences draw from: names of many origins, places, roads.

General Korean vocabulary (census surname frequencies, common given names by generation, common
foreign names as Korean newspapers transliterate them, real administrative areas and road names),
not taken from any evaluation set.
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Surnames with their approximate share of the population (2015 census, per mille).
SURNAME_WEIGHTS = {
    "김": 215, "이": 147, "박": 84, "최": 47, "정": 43, "강": 24, "조": 21, "윤": 20, "장": 20, "임": 17,
    "한": 15, "오": 15, "서": 15, "신": 14, "권": 14, "황": 14, "안": 13, "송": 13, "전": 11, "홍": 11,
    "유": 11, "고": 9, "문": 9, "양": 9, "손": 9, "배": 8, "백": 8, "허": 6, "남": 5, "심": 5, "노": 5,
    "하": 4, "곽": 4, "성": 4, "차": 4, "주": 4, "우": 4, "구": 4, "민": 3, "류": 3, "나": 3, "진": 3,
    "지": 3, "엄": 3, "채": 3, "원": 3, "천": 2, "방": 2, "공": 2, "현": 2, "함": 2, "변": 2, "염": 2,
    "여": 2, "추": 2, "도": 2, "소": 2, "석": 2, "선": 2, "설": 1, "마": 1, "길": 1, "연": 1, "위": 1,
    "표": 1, "명": 1, "기": 1, "반": 1, "라": 1, "왕": 1, "금": 1, "옥": 1, "육": 1, "인": 1, "맹": 1,
    "제": 1, "모": 1, "탁": 1, "국": 1, "어": 1, "은": 1, "편": 1, "용": 1, "예": 1, "경": 1, "봉": 1,
}
COMPOUND_SURNAMES = _w("남궁 제갈 선우 황보 독고 사공 서문 동방")

GIVEN_NAMES = _w(
    # born in the 2000s-2010s
    "민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 도현 건우 현우 우진 선우 서진 민재 현준 연우 "
    "유준 정우 승우 승현 시윤 준혁 은우 지환 승민 지우 유찬 윤우 민성 준영 시후 진우 지원 수호 재윤 "
    "시현 동현 태윤 민규 재원 한결 민우 재민 은찬 윤호 이안 로운 서연 서윤 지유 서현 민서 하은 하윤 윤서 "
    "지민 채원 지윤 은서 수아 다은 예은 수빈 지아 소윤 예린 하린 민지 예원 유진 채은 수민 지안 아린 "
    "윤아 유나 서영 시은 가은 예나 다인 은채 나은 서아 하율 이서 소율 "
    # born in the 1960s-1990s
    "민수 민호 지훈 성민 현우 동훈 정훈 재훈 상훈 성훈 준호 영민 진호 성진 상민 정민 지영 수진 혜진 "
    "지은 은정 은영 현정 미영 미경 선영 정은 혜원 보람 소영 지혜 수연 민정 유리 은지 혜정 나영 "
    "경민 태호 기현 승훈 종현 재석 용준 대현 형준 병철 광수 석진 "
    # born in the 1930s-1950s
    "영수 영호 영식 영철 정수 정호 성호 성수 상철 종수 철수 순자 영자 정숙 영숙 정희 명숙 경숙 "
    "미숙 순희 옥순 말순 복순 춘자 금순 영순 점순 귀남 재순 길동 만수 덕수 봉수 춘식 용팔 "
    # native Korean names
    "하늘 나래 슬기 보라 다솜 아름 한별 새롬 가람 초롱 이슬 누리 한솔 시원 하람 바다"
)
GIVEN_ONE = _w("진 혁 준 훈 민 현 수 영 철 호 석 웅 범 건 결 솔 솜 별 빈 린 윤 담 율 찬")

# Hanja: surname characters and given-name characters.
HANJA_SURNAMES = "金李朴崔鄭姜趙尹張林韓吳徐申權黃安宋全洪柳高文梁孫裵白許南沈盧河郭成車朱禹具閔羅陳池嚴蔡元千方孔玄咸卞廉呂秋都蘇石宣薛馬吉延魏表明奇潘王琴玉陸印孟"
HANJA_COMPOUND = _w("南宮 諸葛 鮮于 皇甫 獨孤 司空")
HANJA_GIVEN = "民秀英俊賢智恩熙美貞成浩鎭在元泰東相永正哲勳淑子順姬珍允炫宇敏晶昊錫柱容洙善惠蓮玟炅京弘基光明植根範燮圭現娟玲媛雅那庸鉉旭泳載"

# Foreign names as Korean newspapers write them (given, family), and in Latin letters.
FOREIGN_HANGUL = (
    ("마이클", "존슨"), ("제임스", "스미스"), ("존", "윌리엄스"), ("데이비드", "브라운"), ("로버트", "밀러"),
    ("제니퍼", "데이비스"), ("마리아", "가르시아"), ("사라", "윌슨"), ("리사", "앤더슨"), ("토마스", "테일러"),
    ("크리스토퍼", "무어"), ("다니엘", "잭슨"), ("에밀리", "마틴"), ("안나", "톰슨"), ("올리비아", "화이트"),
    ("케빈", "해리스"), ("브라이언", "클라크"), ("엘리자베스", "루이스"), ("피터", "워커"), ("폴", "로빈슨"),
    ("알렉산더", "페트로프"), ("이반", "스미르노프"), ("나탈리아", "이바노바"), ("올가", "쿠즈네초바"),
    ("한스", "뮐러"), ("소피", "베르나르"), ("루카", "로시"), ("카를로스", "로드리게스"), ("호세", "레예스"),
    ("마리아", "산토스"), ("아미르", "칸"), ("모하메드", "알리"), ("아이샤", "라만"), ("프리야", "샤르마"),
)
FOREIGN_HANGUL_FULL = _w(
    "응우옌_티_란 쩐_반_남 레_티_흐엉 팜_반_훙 호앙_티_마이 응우옌_반_득 부이_티_투 "
    "왕웨이 리밍 장웨이 류양 천징 자오레이 쑨리 "
    "다나카_유키 사토_히로시 스즈키_하나코 야마모토_켄 다카하시_아이 "
    "바트_에르덴 오윤_체첵 알리예프_루슬란 누르술탄_베코프 "
    "마리셀_산토스 제랄딘_크루즈 솜차이_분미 아윳_프라산"
)
FOREIGN_LATIN = _w(
    "John_Smith Michael_Johnson David_Brown Sarah_Wilson Jennifer_Davis Robert_Miller Emily_Martin "
    "Thomas_Taylor Maria_Garcia Carlos_Rodriguez Anna_Thompson Peter_Walker Kevin_Harris Lisa_Anderson "
    "Nguyen_Thi_Lan Tran_Van_Nam Le_Thi_Huong Pham_Van_Hung Hoang_Thi_Mai Wang_Wei Li_Ming Zhang_Wei "
    "Tanaka_Yuki Sato_Hiroshi Suzuki_Hanako Maria_Santos Jose_Reyes Amir_Khan Priya_Sharma "
    "Ivan_Petrov Hans_Mueller Sophie_Bernard Luca_Rossi Ahmed_Ali"
)
# Korean names in Latin letters (passport spelling).
ROMAN_SURNAMES = _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Hong")
ROMAN_GIVEN = _w("Minsu Min-su Jihoon Ji-hoon Seoyeon Seo-yeon Younghee Young-hee Jiwoo Hyunwoo Sujin Eunji Donghyun")

# Administrative areas and roads (real names).
SIDO = _w("서울특별시 서울시 서울 경기도 경기 인천광역시 인천 부산광역시 부산 대구광역시 대구 대전광역시 대전 광주광역시 "
          "울산광역시 세종특별자치시 강원특별자치도 충청북도 충남 전라남도 경상북도 경남 제주특별자치도")
SIGUNGU = _w(
    "수원시_영통구 수원시_팔달구 수원시_장안구 수원시_권선구 성남시_분당구 성남시_수정구 성남시_중원구 용인시_수지구 "
    "용인시_기흥구 용인시_처인구 강남구 서초구 송파구 마포구 관악구 노원구 은평구 중구 동구 서구 남구 북구 해운대구 "
    "수성구 유성구 연수구 남동구 부평구 고양시_일산동구 안양시_동안구 화성시 평택시 김포시 파주시 청주시_상당구 "
    "전주시_완산구 창원시_성산구 천안시_서북구 춘천시 원주시 양평군 가평군 홍천군 영동군 의성군 예천군"
)
EMD = _w(
    "매탄동 원천동 영통동 이의동 인계동 우만동 정자동 서현동 야탑동 수내동 판교동 풍덕천동 죽전동 보정동 상현동 "
    "역삼동 삼성동 대치동 잠실동 서교동 연남동 신림동 상계동 불광동 우동 좌동 범어동 봉명동 송도동 구월동 "
    "봉담읍 향남읍 동탄면 양평읍 청평면 오창읍 조치원읍 한림읍 남사읍 원삼면"
)
RI = _w("신리 상리 하리 내동리 구성리 덕산리 송정리 가산리 도곡리 월산리")
ROADS = _w(
    "중앙로 광교로 월드컵로 효원로 성남대로 판교역로 동탄대로 테헤란로 세종대로 올림픽로 매영로 봉영로 권광로 "
    "덕영대로 경수대로 수지로 포은대로 죽전로 구갈로 한누리대로 시청로 문화로 대학로 역삼로 도산대로 반포대로 "
    "해운대로 달구벌대로 대덕대로 인주대로 경인로 충장로 번영로 삼일로 행궁로 정조로 창룡대로 신갈로 백범로"
)
APARTMENTS = _w(
    "래미안 자이 푸르지오 힐스테이트 아이파크 더샵 e편한세상 롯데캐슬 센트럴파크 삼성아파트 현대아파트 "
    "주공아파트 한신아파트 벽산아파트 우성아파트 쌍용아파트 한양아파트 금호어울림 호반베르디움 광교중흥S클래스"
)
BUILDINGS = _w("행복빌라 그린빌 해피하우스 미소오피스텔 한빛빌딩 대성맨션 우리주택 시티타워 드림프라자 스카이빌")
LANDMARKS = _w(
    "광교호수공원 수원역 수원화성 행궁동 판교역 서울역 강남역 한강 남산 북한산 해운대 제주공항 인천공항 "
    "탄천 청계천 경복궁 광화문 동탄호수공원 에버랜드 독도 울릉도 백두산 지리산 낙동강"
)
COUNTRIES = _w("미국 중국 일본 베트남 필리핀 태국 러시아 독일 프랑스 영국 캐나다 호주 몽골 우즈베키스탄 인도네시아 북한")

TITLES = _w(
    "주무관 팀장 팀장님 과장 과장님 부장 부장님 차장 대리 주임 사원 실장 국장 소장 원장 센터장 "
    "선생님 교수 교수님 기사님 엔지니어 매니저 연구원 간호사 변호사 위원장 의원 사무관 반장 대표 이사"
)
HONORIFICS = _w("님 씨")
CUES = _w(
    "민원인 신청인 신고인 작성자 담당자 보호자 예금주 대리인 수령인 계약자 세대주 피해자 가해자 "
    "성명 이름 성함 아들 딸 남편 아내 어머니 아버지 동생 친구 이웃 주민 집주인 세입자 관리인 운전자"
)

# Short texts with no value in them: department and office names as cities write them, short
# labels. Gate fields are often this short; a lone word must not read as a name.
DEPARTMENTS = _w(
    "교통정책과 주차관리과 대중교통과 교통행정과 청소행정과 기후대기과 건축과 주택과 건축허가과 도로과 도로관리과 "
    "시설관리과 녹지공원과 복지정책과 노인복지과 여성가족과 장애인복지과 세무과 징수과 재산세과 안전총괄과 재난안전과 "
    "안전정책과 보건소 보건정책과 위생과 식품위생과 문화예술과 관광과 총무과 민원여권과 민원봉사과 자치행정과 "
    "정보통신과 감사관 기획예산과 일자리정책과 지역경제과 상수도사업소 하수과 허가민원과 토지정보과 지적과 동주민센터"
)
SHORT_NEGATIVES = _w(
    "민원 민원접수 처리중 처리완료 이관 답변완료 불친절 감사합니다 확인요청 긴급 기타 해당없음 미상 비공개 익명 없음 "
    "미지정 접수 반려 보류 완료 제목 내용 본문 첨부 비고"
)
