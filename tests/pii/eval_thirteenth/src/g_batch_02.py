# Writer g, batch 02: evacuation shelters, shelter registers, volunteers. CC0 1.0. All values invented.
DOCS = [
{"id": "s13-g02-001", "kind": "register", "text": """임시주거시설 입소자 명부  |  시설명: {{place_name:권선초등학교 체육관}}  |  작성: 권선1동

| 번호 | 성명 | 성별 | 생년월일 | 주소 | 연락처 | 입소일시 | 퇴소 |
|---|---|---|---|---|---|---|---|
| 1 | [[PERSON:모정란]] | 여 | [[BIRTH_DATE:1951.07.03]] | [[KR_ADDRESS:권선로 620번길 14 B101]] | [[PHONE_NUMBER:010-3318-2247]] | {{date:07.15 06:40}} | |
| 2 | [[PERSON:선우진혁]] | 남 | [[BIRTH_DATE:1983.10.27]] | [[KR_ADDRESS:권선로 620번길 16 지하]] | [[PHONE_NUMBER:010-2047-9913]] | {{date:07.15 07:05}} | {{date:07.17}} |
| 3 | [[PERSON:선우하윤]] | 여 | [[BIRTH_DATE:2016.02.09]] | 상동 | 부 연락처 | {{date:07.15 07:05}} | {{date:07.17}} |
| 4 | [[PERSON:팽만석]] | 남 | [[BIRTH_DATE:1946.05.18]] | [[KR_ADDRESS:곡반정동 48-22]] | 없음(이웃 [[PERSON:진옥자]] [[PHONE_NUMBER:010-8814-0327]]) | {{date:07.15 09:30}} | |
| 5 | [[PERSON:Ahmed Karimov]] | 남 | [[BIRTH_DATE:1992.12.01]] | [[KR_ADDRESS:권선로 608 3층 302호]] | [[PHONE_NUMBER:010-5561-8820]] | {{date:07.15 11:12}} | |

총 입소 {{statistic:5명}} / 수용가능 {{statistic:120명}}"""},

{"id": "s13-g02-002", "kind": "notice", "text": """[성남시 재난안전대책본부 알림]
태풍 북상에 따라 아래 대피소를 {{date:8월 9일(수) 18:00}}부터 운영합니다.
- {{place_name:성남동 행정복지센터 3층 강당}} ({{place_name:수정로 119}})
- {{place_name:금광2동 성일중학교 체육관}}
- {{place_name:은행동 새마을회관}}
대피소 문의: 재난상황실 {{public_number:031-729-3791~3}}, 야간 당직실 {{public_number:031-729-2000}}
거동이 불편하신 분은 {{public_number:119}} 또는 통장님께 연락하세요."""},

{"id": "s13-g02-003", "kind": "certificate", "text": """자원봉사 활동 확인서

성명: [[PERSON:소예진]]            생년월일: [[BIRTH_DATE:2003. 6. 21.]]
소속: {{org_name:아주대학교}} 간호학과 3학년   학번: [[STUDENT_ID:202121384]]
연락처: [[PHONE_NUMBER:010-9930-4175]]   이메일: [[EMAIL_ADDRESS:yejin0621@ajou.ac.kr]]
활동기간: {{date:2023. 7. 15. ~ 2023. 7. 19.}} (총 {{statistic:28시간}})
활동장소: 권선초등학교 체육관 임시주거시설
활동내용: 입소자 건강체크 보조, 구호물품 배분

위 사람은 상기와 같이 자원봉사 활동을 하였음을 확인합니다.
{{date:2023. 7. 20.}}
수원시자원봉사센터장 (직인)  담당 [[PERSON:우민아]]"""},

{"id": "s13-g02-004", "kind": "form", "text": """임시주거시설 입소신청서 (세대용)
세대주 [[PERSON:곽도현]] / 주민등록번호 [[KR_RRN:800914-156730?]]
주소 [[KR_ADDRESS:성남시 수정구 수정로 171번길 9-3 반지층]]
휴대폰 [[PHONE_NUMBER:010 4402 7381]]
동반 세대원
  배우자 [[PERSON:은지혜]]  [[BIRTH_DATE:1985년 3월 3일]]
  자녀   [[PERSON:곽서준]]  [[BIRTH_DATE:2014년 11월 29일]]  (초3, 천식 있음)
  자녀   [[PERSON:곽서아]]  [[BIRTH_DATE:2019년 1월 7일]]
입소 희망일 {{date:2023년 8월 10일}} / 예상 기간 3일
특이사항: 애완견 1마리(소형) 동반 희망"""},

{"id": "s13-g02-005", "kind": "log", "text": """[재난관리시스템 NDMS 접속로그] export {{date:2023-08-10T23:59:02+09:00}}
ts                   user        emp_no      src_ip            action
{{date:2023-08-10 06:31:15}}  jeongsh     [[EMPLOYEE_ID:1998041]]     [[IP_ADDRESS:10.41.12.87]]       LOGIN_OK
{{date:2023-08-10 06:33:02}}  jeongsh     [[EMPLOYEE_ID:1998041]]     [[IP_ADDRESS:10.41.12.87]]       SHELTER_OPEN id={{code:SN-EVC-0031}}
{{date:2023-08-10 07:02:48}}  parkmy      [[EMPLOYEE_ID:2015117]]     [[IP_ADDRESS:172.20.3.154]]      REGISTER_ADD n=14
{{date:2023-08-10 21:10:09}}  ext_vol02   -           [[IP_ADDRESS:2001:db8:4a1:22::1c]]  LOGIN_FAIL
client={{version:NDMS-Web 4.2.1}}  mask={{subnet_mask:255.255.255.0}}"""},

{"id": "s13-g02-006", "kind": "email", "text": """From: 성일중학교 행정실 [[PERSON:남궁 선]] <[[EMAIL_ADDRESS:ngsun@sen.go.kr]]>
To: 수정구청 안전총괄팀 [[PERSON:하지민]] 주무관님
Date: {{date:Wed, 9 Aug 2023 16:22}}

주무관님, 체육관 대피소 사용 건 회신드립니다.
학교 체육관은 {{date:8/9 18시}}부터 {{date:8/12 12시}}까지 사용 가능하고, 열쇠는 당직기사님([[PERSON:표상철]], [[PHONE_NUMBER:010-6623-0418]])께 받으시면 됩니다.
냉방기는 행정실에서 원격으로 켜드리겠습니다. 학교 대표번호 {{public_number:031-748-2650}}은 야간에 연결이 안 되니 당직기사님께 직접 연락 부탁드립니다.

[[PERSON:남궁선]] 드림 / 직통 [[PHONE_NUMBER:031-748-2653]]"""},

{"id": "s13-g02-007", "kind": "sms_log", "text": """수신: 발신 [[PHONE_NUMBER:010-7150-3326]] {{date:08/10 20:47}}
"안녕하세요 대피소 문자 받았는데요 저희 아버지 [[PERSON:맹기수]] 씨 [[BIRTH_DATE:43년 4월]]생이신데 은행동 새마을회관에 계신지 확인 가능할까요? 전 아들 [[PERSON:맹준호]]입니다"
회신: {{date:08/10 20:55}} 네 [[PERSON:맹기수]]님 은행동 대피소 입소 확인되었습니다. 현재 주무시고 계십니다."""},

{"id": "s13-g02-008", "kind": "register", "text": """구호물품 수령 서명부 ({{place_name:은행동 새마을회관}}) {{date:2023.8.10}}

순번  성명      세대원수  수령품목              서명
1    [[PERSON:맹기수]]     1       응급구호세트(남)       맹
2    [[PERSON:가영순]]     2       응급구호세트(여), 담요2  [[PERSON:가영순]]
3    [[PERSON:홍O식]]      1       담요1, 생수              (대리: [[PERSON:홍미라]])
4    [[PERSON:도윤]]       1       아동용 구호세트        엄마 [[PERSON:석은비]] 서명
배부자: 은행1동 [[PERSON:편재훈]]"""},

{"id": "s13-g02-009", "kind": "form", "text": """반려동물 동반 대피 등록표
보호자: [[PERSON:기나래]]  연락처 [[PHONE_NUMBER:010-2218-4093]]
주소: [[KR_ADDRESS:성남시 중원구 광명로 324-1 2층]]
동물: 말티즈 / 이름 '콩이' / 동물등록번호 {{code:410160000219874}}
케이지 번호: {{room_number:P-07}}  (펫존 B구역)
등록일: {{date:2023-08-09 19:40}}"""},

{"id": "s13-g02-010", "kind": "list", "text": """대피소 셔틀 자원봉사 운전자 명단 (보험가입용)
성명 | 생년월일 | 운전면허번호 | 차량번호 | 연락처
[[PERSON:강동일]] | [[BIRTH_DATE:670302]] | [[KR_DRIVER_LICENSE:13-89-041257-72]] | [[KR_CAR_PLATE:37너 2091]] | [[PHONE_NUMBER:010-9011-2745]]
[[PERSON:변현숙]] | [[BIRTH_DATE:740918]] | [[KR_DRIVER_LICENSE:경기 98-112034-61]] | [[KR_CAR_PLATE:경기45라7703]] | [[PHONE_NUMBER:010-5402-8839]]
[[PERSON:국상민]] | [[BIRTH_DATE:880111]] | [[KR_DRIVER_LICENSE:11 10 557812 20]] | [[KR_CAR_PLATE:158도 4417]] | [[PHONE_NUMBER:010-3376-1208]]
보험기간 {{date:2023.08.09 ~ 2023.08.13}} / 보험사 {{org_name:○○화재}} 단체상해"""},

{"id": "s13-g02-011", "kind": "call_note", "text": """{{date:2023-08-10 22:31}} 콜센터 이관건
문의자: 딸 [[PERSON:정유나]] ([[PHONE_NUMBER:010-4489-2610]], 미국 거주 중, 카톡 보이스톡으로 연결)
대상자: 어머니 [[PERSON:권옥례]], [[BIRTH_DATE:1949.10.02]], [[KR_ADDRESS:중원구 은행동 595-3]] 거주
요청: 어머니가 전화를 안 받음, 대피소 입소 여부 확인
처리: 은행동/금광동 대피소 명부 조회 → 미입소. 은행1동 당직자 [[PERSON:편재훈]] 방문 요청({{date:22:40}})
결과: {{date:23:15}} 자택에서 주무시던 중 확인, 이상 없음. 딸에게 회신 완료."""},

{"id": "s13-g02-012", "kind": "certificate", "text": """퇴소확인서
입소자 [[PERSON:선우진혁]] 외 1명 (세대원 [[PERSON:선우하윤]])
입소 {{date:2023.07.15}} / 퇴소 {{date:2023.07.17}}
퇴소 후 거주지: [[KR_ADDRESS:수원시 권선구 권선로 620번길 16]] (복구 완료)
숙박비 지원: 해당없음
확인자: 권선1동 [[PERSON:주민경]] 주무관 (☎ {{public_number:031-228-7821}} 동 민원대)"""},

{"id": "s13-g02-013", "kind": "memo", "text": """체육관 2구역 메모 - 간호봉사
[[PERSON:모정란]] 할머니([[BIRTH_DATE:51]]년생?) 혈압 168/95, 약 집에 두고 오심. 아드님 [[PERSON:이강훈]] 씨가 내일 아침 가져온다고 함 ([[PHONE_NUMBER:010-3140-6627]])
[[PERSON:팽만석]] 할아버지 당뇨, 인슐린 냉장보관 필요 → 행정실 냉장고
{{statistic:체온 37.8}} 어린이 1명(3번 [[PERSON:하윤]]이) 해열제 복용 후 관찰"""},

{"id": "s13-g02-014", "kind": "form", "text": """Foreign Resident Evacuation Registration / 외국인 대피자 등록
1) 성명: [[PERSON:SOKHA CHAN]]  국적: Cambodia
   외국인등록번호: [[KR_FRN:950707-6******]]   여권: [[KR_PASSPORT:N01428837]]
   생년월일: [[BIRTH_DATE:07 JUL 1995]]
2) 성명: [[PERSON:Pich Sreyneang]]  국적: Cambodia
   외국인등록번호: [[KR_FRN:970215-6431057]]
   생년월일: [[BIRTH_DATE:15 FEB 1997]]
숙소(기숙사): [[KR_ADDRESS:용인시 처인구 백암면 근삼로 42-15 (주)백암농산 기숙사 2동]]
고용주 연락처: {{public_number:031-333-6210}} (농장 사무실)"""},

{"id": "s13-g02-015", "kind": "letter", "text": """숙박비 지원 신청 (자부담 후 청구)

대피소에 반려묘 알레르기 입소자가 많아 부득이 인근 모텔에서 {{date:8/9~8/11}} 2박 했습니다. 카드 영수증 첨부합니다.
결제카드: 신한카드 [[CREDIT_CARD:4518-4427-1106-930?]]
승인번호 {{receipt_number:30714482}} / 금액 {{amount:132,000원}}
신청인 [[PERSON:염다은]] [[PHONE_NUMBER:010-2674-5501]]
환급 계좌: 토스뱅크 [[BANK_ACCOUNT:1000-4471-2839]]"""},

{"id": "s13-g02-016", "kind": "short_note", "text": """[[PERSON:봉순]] 할머니 퇴소 ✔ 손녀([[PERSON:한별]]) 픽업 17시"""},

{"id": "s13-g02-017", "kind": "spreadsheet", "text": """동명,대피소,세대주,주민번호앞자리,세대원수,입소일,비고
신갈동,신갈초 강당,[[PERSON:최상봉]],[[KR_RRN:520304-1******]],2,{{date:2023-07-14}},
신갈동,신갈초 강당,[[PERSON:하옥분]],[[KR_RRN:4411**-2******]],1,{{date:2023-07-14}},기초수급
상갈동,상갈동주민센터,[[PERSON:김 바울]],[[KR_RRN:790826-1******]],4,{{date:2023-07-15}},자녀 2명 중학생
상갈동,상갈동주민센터,[[PERSON:Elena Petrova]],[[KR_FRN:900412-6******]],1,{{date:2023-07-15}},통역필요(러)"""},
]
